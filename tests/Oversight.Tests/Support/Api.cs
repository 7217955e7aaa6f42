using Alba;

namespace Oversight.Tests.Support;

public static class Api
{
    /// <summary>Sends a JSON command (or none) as the default caller and asserts the status code.</summary>
    public static Task<IScenarioResult> Send(this IAlbaHost host, HttpMethod method, string url, object? body, int status) =>
        host.Send(method, url, body, status, configure: null);

    /// <summary>Sends a JSON command (or none) as the given person and asserts the status code.</summary>
    public static Task<IScenarioResult> SendAs(this IAlbaHost host, Person person, HttpMethod method, string url, object? body, int status) =>
        host.Send(method, url, body, status, scenario => scenario.As(person));

    static Task<IScenarioResult> Send(this IAlbaHost host, HttpMethod method, string url, object? body, int status, Action<Scenario>? configure) =>
        host.Scenario(scenario =>
        {
            configure?.Invoke(scenario);
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
