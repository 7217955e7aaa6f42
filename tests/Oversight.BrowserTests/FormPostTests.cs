using System.Net;
using System.Text.RegularExpressions;

namespace Oversight.BrowserTests;

/// <summary>What a crafted or garbled form post gets: a Vietnamese answer and no change.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FormPostTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_value_the_form_cannot_read_is_refused_in_Vietnamese_instead_of_falling_back_to_a_default()
    {
        using var client = await SignedInClient();
        var form = await client.GetStringAsync("/cuoc-giam-sat/tao");
        var token = Token().Match(form).Groups[1].Value;

        var response = await client.PostAsync("/cuoc-giam-sat/tao", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "Giám sát với năm không đọc được",
            ["Year"] = "hai nghìn",
            ["Agencies"] = "UBND tỉnh",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Giá trị “hai nghìn” không hợp lệ.");
        (await client.GetStringAsync("/cuoc-giam-sat")).ShouldNotContain("Giám sát với năm không đọc được");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_a_Vietnamese_page()
    {
        using var client = await SignedInClient();

        var response = await client.PostAsync("/cuoc-giam-sat/tao", new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "Giả mạo" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Yêu cầu không hợp lệ");
    }

    /// <summary>A client signed in through the sign-in form (its own antiforgery token included) as the secretariat.</summary>
    async Task<HttpClient> SignedInClient()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = fixture.BaseAddress };
        var token = Token().Match(await client.GetStringAsync("/dang-nhap")).Groups[1].Value;
        var signedIn = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = BrowserFixture.UserNames[Oversight.Accounts.Role.Secretariat],
            ["Password"] = BrowserFixture.Password,
            ["__RequestVerificationToken"] = token,
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
