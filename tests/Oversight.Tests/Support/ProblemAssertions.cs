using System.Text.Json;
using Alba;

namespace Oversight.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>Reads a ProblemDetails answer and checks that its title and detail are Vietnamese.</summary>
    public static async Task<JsonElement> ReadVietnameseProblem(this IScenarioResult result, int status)
    {
        result.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        var problem = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        foreach (var field in new[] { "title", "detail" })
        {
            var text = problem.GetProperty(field).GetString() ?? "";
            text.Any(letter => !char.IsAscii(letter)).ShouldBeTrue($"{field} should be Vietnamese: \"{text}\"");
        }

        return problem;
    }
}
