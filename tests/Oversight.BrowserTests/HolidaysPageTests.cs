using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HolidaysPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_system_administrator_follows_the_banner_to_a_provisional_year_and_confirms_it()
    {
        var page = await fixture.OpenAsync("/", role: Role.SystemAdministrator);
        var banners = page.Locator(".banner");
        var before = await banners.CountAsync();
        before.ShouldBeGreaterThan(0, "the year after the holiday file is provisional");
        await Expect(banners.First).ToContainTextAsync("đang là dự kiến");
        await banners.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Ngày nghỉ lễ, Tết năm");
        await Expect(page.Locator("#source")).ToContainTextAsync("Dự kiến");
        await Expect(page.Locator("#days")).ToContainTextAsync("Tết Nguyên đán");

        // A line that does not read is pointed out, and what was typed stays in the box.
        var days = page.Locator("#Days");
        var computed = await days.InputValueAsync();
        await days.FillAsync(computed + "\nmùng 1 Tết");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Xác nhận ngày nghỉ năm") }).ClickAsync();
        await Expect(page.Locator(".problems")).ToContainTextAsync("(“mùng 1 Tết”): hãy bắt đầu bằng ngày dạng dd/MM/yyyy");
        await Expect(days).ToHaveValueAsync(computed + "\nmùng 1 Tết");

        await days.FillAsync(computed);
        await page.GetByLabel("Căn cứ, ghi chú").FillAsync("Đối chiếu thông báo nghỉ lễ, Tết của Chính phủ");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Xác nhận ngày nghỉ năm") }).ClickAsync();
        await Expect(page.Locator("#done")).ToContainTextAsync("Đã xác nhận");
        await Expect(page.Locator("#source")).ToHaveTextAsync("Đã xác nhận");
        await Expect(page.Locator("#history")).ToContainTextAsync(BrowserFixture.UserNames[Role.SystemAdministrator]);
        await Expect(page.Locator("#history")).ToContainTextAsync("Xác nhận danh sách dự kiến, không thay đổi");
        await Expect(banners).ToHaveCountAsync(before - 1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "holidays.png"), FullPage = true });
    }
}
