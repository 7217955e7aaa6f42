using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Wolverine.Http;

namespace Oversight.Tests.Programmes;

public sealed class CreateProgrammeTests
{
    [Fact]
    public void A_valid_command_passes_validation()
    {
        CreateProgrammeEndpoint.Validate(new CreateProgramme("Giám sát chính sách trợ giúp xã hội", 2024))
            .ShouldBeSameAs(WolverineContinue.NoProblems);
    }

    [Theory]
    [InlineData(null, 2024, "title")]
    [InlineData("   ", 2024, "title")]
    [InlineData("Giám sát", null, "year")]
    [InlineData("Giám sát", 1999, "year")]
    [InlineData("Giám sát", 2101, "year")]
    public void An_invalid_command_is_refused_naming_the_field(string? title, int? year, string field)
    {
        var problem = CreateProgrammeEndpoint.Validate(new CreateProgramme(title, year));

        problem.Status.ShouldBe(400);
        problem.ShouldBeOfType<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>().Errors.Keys.ShouldBe([field]);
    }

    [Fact]
    public void A_title_longer_than_the_limit_is_refused()
    {
        var problem = CreateProgrammeEndpoint.Validate(new CreateProgramme(new string('a', CreateProgrammeEndpoint.MaxTitleLength + 1), 2024));

        problem.Detail.ShouldBe($"Tên cuộc giám sát dài quá {CreateProgrammeEndpoint.MaxTitleLength} ký tự.");
    }

    [Fact]
    public void No_body_at_all_is_refused()
    {
        CreateProgrammeEndpoint.Validate(null).Status.ShouldBe(400);
    }

    [Fact]
    public void Creating_starts_a_programme_stream_with_the_trimmed_title()
    {
        var (response, start) = CreateProgrammeEndpoint.Post(new CreateProgramme("  Giám sát trợ giúp xã hội  ", 2024));

        start.StreamId.ShouldBe(response.Value);
        start.Events.ShouldBe([new ProgrammeCreated(response.Value, "Giám sát trợ giúp xã hội", 2024)]);
        response.Url.ShouldBe($"/api/programmes/{response.Value}");
    }
}
