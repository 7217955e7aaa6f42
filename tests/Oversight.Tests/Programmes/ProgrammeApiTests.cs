using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes.Details;
using Oversight.Tests.Support;

namespace Oversight.Tests.Programmes;

public sealed class ProgrammeApiTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_created_programme_is_served_back_with_its_creation_time()
    {
        var created = await Host.Scenario(scenario =>
        {
            scenario.Post.Json(new { title = "Giám sát việc thực hiện chính sách trợ giúp xã hội", year = 2024 }).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(201);
        });
        var location = created.Context.Response.Headers.Location.ToString();

        var details = await Host.GetAsJson<ProgrammeDetails>(location);

        details.ShouldNotBeNull();
        details.Title.ShouldBe("Giám sát việc thực hiện chính sách trợ giúp xã hội");
        details.Year.ShouldBe(2024);
        details.CreatedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Theory]
    [InlineData("""{"title":"","year":2024}""", "application/json", 400)]
    [InlineData("""{"title":"Giám sát","year":"năm nay"}""", "application/json", 400)]
    [InlineData("""{"title":"Giám sát",""", "application/json", 400)]
    [InlineData("null", "application/json", 400)]
    [InlineData("title=Giám sát", "text/plain", 415)]
    public async Task Bad_input_gets_a_Vietnamese_problem_and_stores_nothing(string body, string contentType, int status)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Post.Text(body).ToUrl("/api/programmes");
            scenario.WithRequestHeader("Content-Type", contentType);
            scenario.StatusCodeShouldBe(status);
        });

        await result.ReadVietnameseProblem(status);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        (await session.Query<ProgrammeDetails>().CountAsync()).ShouldBe(0);
        (await session.Events.QueryAllRawEvents().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_type_is_reported_with_the_field_name()
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Post.Json(new { title = "Giám sát", year = "2024a" }).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(400);
        });

        (await result.ReadVietnameseProblem(400)).GetProperty("detail").GetString()!.ShouldContain("year");
    }

    [Fact]
    public async Task An_unknown_programme_is_a_Vietnamese_404()
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{Guid.NewGuid()}");
            scenario.StatusCodeShouldBe(404);
        });

        var problem = await result.ReadVietnameseProblem(404);
        problem.GetProperty("detail").GetString().ShouldBe("Không tìm thấy cuộc giám sát này.");
    }

    [Fact]
    public async Task The_event_records_when_it_happened_in_its_own_stream()
    {
        var created = await Host.Scenario(scenario =>
        {
            scenario.Post.Json(new { title = "Giám sát hỗ trợ Covid-19", year = 2022 }).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(201);
        });
        var id = JsonDocument.Parse(await created.ReadAsTextAsync()).RootElement.GetProperty("value").GetGuid();

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(id);

        events.Count.ShouldBe(1);
        events[0].Data.ShouldBeOfType<Oversight.Programmes.ProgrammeCreated>().Title.ShouldBe("Giám sát hỗ trợ Covid-19");
    }
}
