using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>A hearing through its pages: the secretariat decides and holds it, a deputy asks a follow-up question, the agency finds its commitment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HearingPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_secretariat_holds_a_hearing_a_deputy_asks_and_the_agency_follows_its_commitment()
    {
        await fixture.LoadSamplesAsync();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var subject = $"Tiến độ chi trả trợ cấp xã hội {Guid.NewGuid():N}"[..48];
        var secretariat = await fixture.OpenAsync("/giai-trinh/moi");
        await secretariat.Locator("#Subject").FillAsync(subject);
        await secretariat.Locator("#ScheduledOn").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Quyết định tổ chức" }).ClickAsync();
        await Expect(secretariat.Locator("h1")).ToHaveTextAsync(subject);
        await Expect(secretariat.Locator("#status")).ToHaveTextAsync("Đã quyết định tổ chức");

        // The pick list names the agency with its short name too.
        var agencyId = await secretariat.Locator("#summon #agency option", new() { HasText = BrowserFixture.Agency }).First.GetAttributeAsync("value");
        await secretariat.Locator("#summon #agency").SelectOptionAsync(agencyId!);
        await secretariat.Locator("#summon [name=Representative]").FillAsync("Giám đốc Sở");
        await secretariat.Locator("#summon [name=Questions]").FillAsync("Vì sao chi trả trợ cấp chậm ở một số xã?");
        await secretariat.Locator("#summon [name=Date]").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.Locator("#summon button").ClickAsync();
        await Expect(secretariat.Locator("main")).ToContainTextAsync("Vì sao chi trả trợ cấp chậm ở một số xã?");

        await secretariat.Locator("#hold [name=Date]").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.Locator("#hold [name=AttendedBy]").FillAsync("Phó Giám đốc Sở");
        await secretariat.Locator("#hold button").ClickAsync();
        await Expect(secretariat.Locator("#status")).ToHaveTextAsync("Đã tổ chức, chờ kết luận");
        var path = new Uri(secretariat.Url).AbsolutePath;

        var deputy = await fixture.OpenAsync(path, role: Role.DelegationMember);
        await Expect(deputy.Locator("#commitment")).ToHaveCountAsync(0);
        await deputy.Locator("#question [name=Text]").FillAsync("Bao giờ Sở chi trả đủ cho các xã còn chậm?");
        await deputy.Locator("#question button").ClickAsync();
        await Expect(deputy.Locator("main")).ToContainTextAsync("Bao giờ Sở chi trả đủ cho các xã còn chậm?");

        await secretariat.ReloadAsync();
        await secretariat.Locator("#commitment [name=Text]").FillAsync("Chi trả đủ trợ cấp cho các xã còn chậm");
        await secretariat.Locator("#commitment [name=Date]").FillAsync($"{today.AddMonths(2):yyyy-MM-dd}");
        await secretariat.Locator("#commitment button").ClickAsync();
        await Expect(secretariat.Locator("#commitments")).ToContainTextAsync("Chi trả đủ trợ cấp cho các xã còn chậm");
        await secretariat.Locator("#conclude [name=Number]").FillAsync("31/TB-HĐND");
        await secretariat.Locator("#conclude [name=Date]").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.Locator("#conclude [name=Text]").FillAsync("Thường trực yêu cầu Sở thực hiện đúng cam kết.");
        await secretariat.Locator("#conclude button").ClickAsync();
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Xác nhận ban hành" }).ClickAsync();
        await Expect(secretariat.Locator("#status")).ToHaveTextAsync("Đã ban hành thông báo kết luận");
        await secretariat.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "phien-giai-trinh.png"), FullPage = true });

        var agency = await fixture.OpenAsync("/giai-trinh", role: Role.AgencyUser);
        await agency.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        var code = agency.Locator("#issued tbody a").First;
        await Expect(code).ToBeVisibleAsync();
        await code.ClickAsync();
        await Expect(agency.Locator(".recommendation-text")).ToHaveTextAsync("Chi trả đủ trợ cấp cho các xã còn chậm");
        await Expect(agency.Locator("#source")).ToHaveTextAsync($"Phiên giải trình: {subject}");
    }
}
