using Microsoft.Playwright;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_home_page_renders_in_Vietnamese_with_the_navigation()
    {
        var page = await fixture.OpenAsync("/");

        (await page.TitleAsync()).ShouldBe("Trang chủ · Giám sát HĐND");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Việc của tôi");
        var navigation = await page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng chính" }).InnerTextAsync();
        foreach (var section in new[] { "Trang chủ", "Cuộc giám sát", "Lịch làm việc", "Mẫu văn bản", "Kiến nghị" })
        {
            navigation.ShouldContain(section);
        }

        var screenshot = Path.Combine(fixture.ScreenshotFolder, "home.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task The_home_page_fits_a_phone_screen()
    {
        var page = await fixture.OpenAsync("/", width: 390, height: 844);

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        overflow.ShouldBeFalse("the page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "home-phone.png"), FullPage = true });
    }
}
