using Alba;

namespace Oversight.Tests.Support;

public static class Api
{
    /// <summary>Sends a JSON command (or none) and asserts the status code.</summary>
    public static Task<IScenarioResult> Send(this IAlbaHost host, HttpMethod method, string url, object? body, int status) => host.Scenario(scenario =>
    {
        var request = method == HttpMethod.Post ? scenario.Post : method == HttpMethod.Put ? scenario.Put : scenario.Delete;
        if (body is null)
        {
            request.Url(url);
        }
        else
        {
            request.Json(body, JsonStyle.MinimalApi).ToUrl(url);
        }

        scenario.StatusCodeShouldBe(status);
    });
}
