using System.Text.RegularExpressions;
using Alba;
using Oversight.Tests.Support;

namespace Oversight.Tests.CouncilDirectory;

/// <summary>Page forms posted as a browser posts them: signed in, with the page's antiforgery token and cookie.</summary>
public static partial class Forms
{
    public static async Task<IScenarioResult> Post(IAlbaHost host, string cookie, string page, string handler, Dictionary<string, string> fields)
    {
        var shown = await host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Get.Url(page);
        });
        var token = Token().Match(await shown.ReadAsTextAsync()).Groups[1].Value;
        var set = shown.Context.Response.Headers.SetCookie.ToString();
        var antiforgery = set.Length > 0 ? $"; {set[..set.IndexOf(';')]}" : "";
        return await host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie + antiforgery);
            scenario.Post.FormData(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }).ToUrl(page).QueryString("handler", handler);
            scenario.IgnoreStatusCode();
        });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
