using System.Text.Json;
using Alba;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

public sealed class HostEssentialsTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        });

        (await result.ReadAsTextAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_in_Vietnamese()
    {
        var document = JsonDocument.Parse(await Host.GetAsText("/openapi/v1.json")).RootElement;

        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Giám sát HĐND API");
        var create = document.GetProperty("paths").GetProperty("/api/programmes").GetProperty("post");
        create.GetProperty("summary").GetString().ShouldBe("Tạo một cuộc giám sát (từ chương trình giám sát năm hoặc đột xuất)");
    }

    [Fact]
    public async Task The_home_page_is_Vietnamese_with_the_persons_work_and_recent_programmes()
    {
        await Host.Scenario(scenario =>
        {
            scenario.Post.Json(ProgrammeStory.Creation() with { Title = "Giám sát công tác trợ giúp xã hội" }).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(201);
        });

        var page = await Host.GetAsText("/");

        page.ShouldContain("<html lang=\"vi\">");
        page.ShouldContain("<h1>Việc của tôi</h1>");
        page.ShouldContain("Giám sát công tác trợ giúp xã hội");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_Vietnamese_page_with_a_way_home()
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url("/khong-co-trang-nay");
            scenario.StatusCodeShouldBe(404);
        });

        var page = await result.ReadAsTextAsync();
        page.ShouldContain("Không tìm thấy");
        page.ShouldContain("<a href=\"/\">Về trang chủ</a>");
    }

    [Fact]
    public async Task An_unknown_API_route_gets_a_Vietnamese_problem()
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Delete.Url("/api/khong-co");
            scenario.StatusCodeShouldBe(404);
        });

        await result.ReadVietnameseProblem(404);
    }
}
