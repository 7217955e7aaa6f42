using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>Questioning through its pages: a deputy registers a question, the secretariat records the answer and concludes, the deputy sees what became of it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestioningPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_deputy_registers_a_question_and_follows_the_commitment_it_brought()
    {
        await fixture.LoadSamplesAsync();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var title = $"Chất vấn tại kỳ họp {Guid.NewGuid():N}"[..40];
        var secretariat = await fixture.OpenAsync("/chat-van");
        await secretariat.Locator("#open [name=Title]").FillAsync(title);
        await secretariat.Locator("#open [name=HeldOn]").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.Locator("#open button").ClickAsync();
        await Expect(secretariat.Locator("h1")).ToHaveTextAsync(title);
        var path = new Uri(secretariat.Url).AbsolutePath;

        var deputy = await fixture.OpenAsync(path, role: Role.DelegationMember);
        await Expect(deputy.Locator("#conclude")).ToHaveCountAsync(0);
        var official = await deputy.Locator("#register #official option", new() { HasText = "Trần Quang Vinh" }).First.GetAttributeAsync("value");
        await deputy.Locator("#register #official").SelectOptionAsync(official!);
        var agency = await deputy.Locator("#register #agency option", new() { HasText = BrowserFixture.Agency }).First.GetAttributeAsync("value");
        await deputy.Locator("#register #agency").SelectOptionAsync(agency!);
        await deputy.Locator("#register [name=Topic]").FillAsync("Trợ giúp xã hội");
        await deputy.Locator("#register [name=Text]").FillAsync("Khi nào người dân không phải nộp lại giấy tờ đã nộp?");
        await deputy.Locator("#register button").ClickAsync();
        await Expect(deputy.Locator("#questions")).ToContainTextAsync("Khi nào người dân không phải nộp lại giấy tờ đã nộp?");

        await secretariat.ReloadAsync();
        var answer = secretariat.Locator("#questions form").First;
        await answer.Locator("[name=Text]").FillAsync("Sở sẽ dùng dữ liệu dân cư để không yêu cầu nộp lại.");
        await answer.Locator("[name=Commitment]").FillAsync("Liên thông dữ liệu dân cư trong xét duyệt hồ sơ");
        await answer.Locator("[name=Date]").FillAsync($"{today.AddMonths(4):yyyy-MM-dd}");
        await answer.Locator("button").ClickAsync();
        await Expect(secretariat.Locator("#questions")).ToContainTextAsync("Liên thông dữ liệu dân cư trong xét duyệt hồ sơ");
        await secretariat.Locator("#conclude [name=Number]").FillAsync("16/NQ-HĐND");
        await secretariat.Locator("#conclude [name=Date]").FillAsync($"{today:yyyy-MM-dd}");
        await secretariat.Locator("#conclude [name=Text]").FillAsync("HĐND yêu cầu Sở thực hiện đúng cam kết.");
        await secretariat.Locator("#conclude button").ClickAsync();
        await Expect(secretariat.Locator("#status")).ToHaveTextAsync("Đã ban hành kết luận");
        await Expect(secretariat.Locator("#issued")).ToContainTextAsync("Liên thông dữ liệu dân cư trong xét duyệt hồ sơ");

        await deputy.GotoAsync(new Uri(fixture.BaseAddress, "/chat-van").ToString());
        var mine = deputy.Locator("#mine li", new() { HasText = "Khi nào người dân không phải nộp lại giấy tờ đã nộp?" });
        await Expect(mine).ToContainTextAsync("cam kết: Liên thông dữ liệu dân cư trong xét duyệt hồ sơ");
        await Expect(mine).ToContainTextAsync("Đã ban hành");
        await deputy.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "chat-van-dai-bieu.png"), FullPage = true });
    }
}
