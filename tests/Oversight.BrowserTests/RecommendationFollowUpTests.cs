using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RecommendationFollowUpTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_agency_reports_a_recommendation_done_with_evidence_and_the_secretariat_verifies_it()
    {
        await fixture.LoadSamplesAsync();
        var agency = await fixture.OpenAsync("/kien-nghi", role: Role.AgencyUser);
        await Expect(agency.Locator("h1")).ToHaveTextAsync($"Kiến nghị gửi {BrowserFixture.Agency}");
        // The samples (or the walkthrough's own programme of the same title, whichever came first) gave the agency recommendations.
        var first = agency.Locator("#register tbody tr a").First;
        var code = await first.InnerTextAsync();
        await first.ClickAsync();
        await Expect(agency.Locator("h1")).ToHaveTextAsync($"Kiến nghị {code}");

        await agency.Locator("#completion").Locator("xpath=..").Locator("summary").ClickAsync();
        await agency.Locator("#completion textarea").FillAsync("Đã ban hành kế hoạch tập huấn cho cán bộ cấp xã");
        await agency.Locator("#completion input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach-tap-huan.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 kế hoạch"u8.ToArray(),
        });
        await agency.Locator("#completion button").ClickAsync();
        await Expect(agency.Locator("#status")).ToHaveTextAsync("Cơ quan báo đã xong, chờ xác minh");
        await Expect(agency.Locator("#history")).ToContainTextAsync("ke-hoach-tap-huan.pdf");
        await Expect(agency.Locator("#verify")).ToHaveCountAsync(0);

        var secretariat = await fixture.OpenAsync(new Uri(agency.Url).AbsolutePath);
        await secretariat.Locator("#verify input[value=Resolved]").CheckAsync();
        await secretariat.Locator("#verify button").ClickAsync();
        await Expect(secretariat.Locator("#status")).ToHaveTextAsync("Đã giải quyết");
        await secretariat.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "recommendation.png"), FullPage = true });

        // The secretariat publishes the conclusion; anyone then reads the state of its recommendations without signing in.
        await secretariat.Locator(".meta a[href^='/cuoc-giam-sat/']").ClickAsync();
        await secretariat.GetByRole(AriaRole.Link, new() { Name = "Xem trước và công khai kết luận" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Xác nhận công khai nội dung trên" }).ClickAsync();
        var publicLink = secretariat.Locator("#published a").First;
        await Expect(publicLink).ToBeVisibleAsync();
        var publicPath = await publicLink.GetAttributeAsync("href");

        await using var stranger = await fixture.Browser.NewContextAsync();
        var visitor = await stranger.NewPageAsync();
        var response = await visitor.GotoAsync(new Uri(fixture.BaseAddress, publicPath).ToString());
        response!.Status.ShouldBe(200);
        await Expect(visitor.Locator("#public-recommendations")).ToContainTextAsync(code);
        await Expect(visitor.Locator("#public-recommendations tr", new() { HasText = code })).ToContainTextAsync("Đã giải quyết");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "public.png"), FullPage = true });
    }
}
