using Alba;

namespace Oversight.Tests.Support;

/// <summary>Requests made as a given person: by API token, by sign-in cookie, or by nobody.</summary>
public static class Access
{
    /// <summary>Nobody signed in: a cookie header that carries no sign-in.</summary>
    public const string NoSignIn = "nothing=1";

    public static void As(this Scenario scenario, Person? person)
    {
        if (person is null)
        {
            WithCookie(scenario, NoSignIn);
        }
        else
        {
            scenario.WithRequestHeader("Authorization", $"Bearer {person.Token}");
        }
    }

    /// <summary>
    /// The host's default caller is added before the scenario's own headers; an empty Authorization header
    /// replaces it, so the cookie alone speaks.
    /// </summary>
    public static void WithCookie(this Scenario scenario, string cookie)
    {
        scenario.WithRequestHeader("Authorization", "");
        scenario.WithRequestHeader("Cookie", cookie);
    }

    public static async Task<T> GetJson<T>(this IAlbaHost host, string url, Person person) =>
        await (await host.Scenario(scenario =>
        {
            scenario.As(person);
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        })).Read<T>();

    /// <summary>Signs in through the API and returns the cookie to send back.</summary>
    public static async Task<string> SignIn(this IAlbaHost host, string userName, string password)
    {
        var result = await host.Scenario(scenario =>
        {
            scenario.WithCookie(NoSignIn);
            scenario.Post.Json(new { userName, password }).ToUrl("/api/account/sign-in");
            scenario.StatusCodeShouldBe(200);
        });
        var cookie = result.Context.Response.Headers.SetCookie.ToString();
        return cookie[..cookie.IndexOf(';')];
    }

    public static async Task<T> GetJson<T>(this IAlbaHost host, string url, string cookie) =>
        await (await host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        })).Read<T>();
}
