using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>An agency on a phone: from its calendar to the session held with it, and the notice of conclusions downloaded from there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyViewTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_agency_user_opens_a_session_that_concerns_it_and_downloads_its_conclusion_notice()
    {
        var (activity, date, number) = await fixture.ConclusionNoticeAsync();
        var page = await fixture.OpenAsync($"/lich?from={date.AddDays(-1):yyyy-MM-dd}&to={date.AddDays(1):yyyy-MM-dd}", 390, 844, Role.AgencyUser);
        await page.Locator($"a[href='/lich/buoi/{activity}']").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync($"với {BrowserFixture.Agency}");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Ghi ý kiến");

        var notice = page.Locator("#van-ban a", new() { HasText = $"Thông báo kết luận số {number}" });
        await Expect(notice).ToBeVisibleAsync();
        var box = await notice.BoundingBoxAsync();
        box!.Height.ShouldBeGreaterThanOrEqualTo(44);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "buoi-lam-viec-co-quan-dien-thoai.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => notice.ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".docx");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path)).Take(2).ShouldBe("PK"u8.ToArray());
    }
}
