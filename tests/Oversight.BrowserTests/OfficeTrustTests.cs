using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>
/// What an office must be able to trust, on a phone and on a desk: a publication is previewed before it goes out and withdrawn with
/// a reason; a document is issued once and then only replaced, with a reason; text typed when the sign-in ends is not lost.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OfficeTrustTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Screens => new() { { 390, 844 }, { 1366, 768 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_secretariat_publishes_what_the_preview_showed_and_withdraws_it_with_a_reason(int width, int height)
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(Role.Secretariat, width, height);
        var page = await context.NewPageAsync();
        var id = await SampleProgramme(page, 2022);
        await page.GotoAsync(Url($"/cuoc-giam-sat/{id}"));
        if (await page.Locator("#published").CountAsync() > 0)
        {
            // The other screen size's run left it published: take it down first, as a clerk would.
            await page.GotoAsync(Url($"/cuoc-giam-sat/{id}/cong-khai"));
            await Withdraw(page, "Thử lại từ đầu");
            await page.GotoAsync(Url($"/cuoc-giam-sat/{id}"));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trước và công khai kết luận" }).ClickAsync();
        await Expect(page.Locator("#preview-intro")).ToContainTextAsync("bất kỳ ai cũng đọc được đúng nội dung dưới đây");
        var previewTitle = await page.Locator("#preview h2").InnerTextAsync();
        var previewTable = await page.Locator("#preview #public-recommendations").InnerTextAsync();
        previewTable.ShouldContain("KN-2022-");
        await page.ScreenshotAsync(new() { Path = Shot($"publication-preview-{width}.png"), FullPage = true });

        await Button(page, "Xác nhận công khai nội dung trên").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã công khai kết luận và tình hình thực hiện kiến nghị.");
        var publicPath = (await page.Locator("#flash a").GetAttributeAsync("href")).ShouldNotBeNull();

        await using var stranger = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var visitor = await stranger.NewPageAsync();
        (await visitor.GotoAsync(Url(publicPath)))!.Status.ShouldBe(200);
        (await visitor.Locator("main h2").InnerTextAsync()).ShouldBe(previewTitle);
        (await visitor.Locator("#public-recommendations").InnerTextAsync()).ShouldBe(previewTable);

        await page.GotoAsync(Url($"/cuoc-giam-sat/{id}/cong-khai"));
        await page.Locator("#withdraw textarea").FillAsync("Kết luận nêu tên cá nhân chưa được phép công khai");
        await Button(page, "Rút khỏi trang công khai").ClickAsync();
        await Expect(page.Locator("#confirm")).ToContainTextAsync("không còn hiện kết luận");
        await Expect(page.Locator("#confirm")).ToContainTextAsync("Kết luận nêu tên cá nhân chưa được phép công khai");
        await page.ScreenshotAsync(new() { Path = Shot($"withdrawal-confirm-{width}.png") });
        // Nothing happened yet: the public page still shows it until the clerk confirms.
        (await visitor.GotoAsync(Url(publicPath)))!.Status.ShouldBe(200);
        await Button(page, "Xác nhận rút khỏi trang công khai").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã rút kết luận khỏi trang công khai");
        await Expect(page.Locator("#withdrawn")).ToContainTextAsync("Kết luận nêu tên cá nhân chưa được phép công khai");
        (await visitor.GotoAsync(Url(publicPath)))!.Status.ShouldBe(404);
    }

    [Theory]
    [InlineData(390, 844, "Đề cương báo cáo gửi cơ quan chịu giám sát")]
    [InlineData(1366, 768, "Dự thảo Nghị quyết về kết quả giám sát")]
    public async Task A_document_is_issued_once_and_then_only_replaced_with_a_reason(int width, int height, string document)
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(Role.Secretariat, width, height);
        var page = await context.NewPageAsync();
        var overview = Url($"/cuoc-giam-sat/{await SampleProgramme(page, 2022)}");
        await page.GotoAsync(overview);
        // A second tab opened before the first issue still offers "Ban hành".
        var stale = await context.NewPageAsync();
        await stale.GotoAsync(overview);

        await Offer(page, document).GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
        await Expect(page.Locator("#confirm")).ToContainTextAsync($"Ban hành {document} số");
        await Expect(page.Locator("#confirm")).ToContainTextAsync("phải ban hành văn bản thay thế");
        await page.ScreenshotAsync(new() { Path = Shot($"issue-confirm-{width}.png") });
        await page.Locator("#confirm button[type=submit]").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã ban hành số");
        var first = Number().Match(await page.Locator("#flash").InnerTextAsync()).Value;
        await Expect(page.Locator("#flash a")).ToHaveAttributeAsync("href", new Regex("^/api/issued-documents/"));
        await Expect(Offer(page, document).GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true })).ToHaveCountAsync(0);
        await Expect(Offer(page, document)).ToContainTextAsync($"Đã ban hành số {first}");

        await Offer(stale, document).GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
        await Expect(stale.Locator(".problems")).ToContainTextAsync($"{document} đã ban hành số {first}");
        await Expect(stale.Locator(".problems")).ToContainTextAsync("hãy ban hành văn bản thay thế và ghi lý do thay thế");
        await Expect(stale.Locator("#confirm")).ToHaveCountAsync(0);

        await Offer(page, document).Locator("summary", new() { HasText = "Ban hành văn bản thay thế" }).ClickAsync();
        await Offer(page, document).Locator("textarea[name='reason']").FillAsync("Bổ sung căn cứ pháp lý còn thiếu");
        await Offer(page, document).GetByRole(AriaRole.Button, new() { Name = "Ban hành văn bản thay thế", Exact = true }).ClickAsync();
        await Expect(page.Locator("#confirm")).ToContainTextAsync($"ghi là thay thế văn bản số {first}");
        await Expect(page.Locator("#confirm")).ToContainTextAsync("Lý do thay thế: Bổ sung căn cứ pháp lý còn thiếu");
        await page.Locator("#confirm button[type=submit]").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã ban hành số");
        var second = Number().Match(await page.Locator("#flash").InnerTextAsync()).Value;
        second.ShouldNotBe(first);
        var issued = page.Locator("#issued li");
        await Expect(issued.Filter(new() { HasTextRegex = new Regex($"^\\s*Số {Regex.Escape(first)} ") })).ToContainTextAsync($"Đã được thay thế bằng số {second}");
        await Expect(issued.Filter(new() { HasTextRegex = new Regex($"^\\s*Số {Regex.Escape(second)} ") }))
            .ToContainTextAsync($"Thay thế số {first}: Bổ sung căn cứ pháp lý còn thiếu");
        await page.Locator("#van-ban").ScreenshotAsync(new() { Path = Shot($"documents-{width}.png") });
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_finding_typed_when_the_sign_in_ends_is_there_after_signing_in_again(int width, int height)
    {
        var (programme, activity) = await fixture.MemberProgrammeAsync($"Giám sát có đại biểu ghi ý kiến trên màn hình {width} px");
        await using var context = await fixture.NewContextAsync(Role.DelegationMember, width, height);
        var page = await context.NewPageAsync();
        var session = $"/cuoc-giam-sat/{programme}/buoi/{activity}";
        await page.GotoAsync(Url(session));
        const string finding = "Cán bộ cấp xã chưa được tập huấn phần mềm quản lý đối tượng bảo trợ xã hội";
        await page.Locator("[name='Text']").FillAsync(finding);

        // The sign-in ends while the member types: the cookie the browser holds no longer opens anything.
        var cookie = (await context.CookiesAsync()).Single(candidate => candidate.Name == "oversight.auth");
        await context.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = "het-han", Domain = cookie.Domain, Path = cookie.Path }]);
        await Button(page, "Ghi ý kiến").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/dang-nhap");
        await Expect(page.Locator("#session-ended")).ToContainTextAsync("Phiên đăng nhập đã kết thúc");
        await page.ScreenshotAsync(new() { Path = Shot($"session-ended-{width}.png") });
        await page.GetByLabel("Tên đăng nhập").FillAsync(BrowserFixture.UserNames[Role.DelegationMember]);
        await page.GetByLabel("Mật khẩu").FillAsync(BrowserFixture.Password);
        await Button(page, "Đăng nhập").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == session);
        await Expect(page.Locator("[name='Text']")).ToHaveValueAsync(finding);
        await Expect(page.Locator(".draft-note")).ToContainTextAsync("Đã khôi phục nội dung bạn gõ dở");
        await Button(page, "Ghi ý kiến").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã ghi ý kiến.");
        await Expect(page.Locator(".findings")).ToContainTextAsync(finding);
        await page.ReloadAsync();
        await Expect(page.Locator("[name='Text']")).ToHaveValueAsync("");

        // The connection drops: nothing is sent, the text stays, and goes once the connection is back.
        const string second = "Hồ sơ đối tượng lưu trữ chưa đầy đủ";
        await page.Locator("[name='Text']").FillAsync(second);
        await context.SetOfflineAsync(true);
        await Button(page, "Ghi ý kiến").ClickAsync();
        await Expect(page.Locator(".offline-note")).ToContainTextAsync("Mất kết nối mạng");
        await Expect(page.Locator("[name='Text']")).ToHaveValueAsync(second);
        await context.SetOfflineAsync(false);
        await Button(page, "Ghi ý kiến").ClickAsync();
        await Expect(page.Locator(".findings")).ToContainTextAsync(second);
    }

    static ILocator Offer(IPage page, string document) =>
        page.Locator("#van-ban > ul.document-list > li").Filter(new() { Has = page.Locator(".name", new() { HasTextRegex = new Regex($"^{Regex.Escape(document)}$") }) });

    static async Task Withdraw(IPage page, string reason)
    {
        await page.Locator("#withdraw textarea").FillAsync(reason);
        await Button(page, "Rút khỏi trang công khai").ClickAsync();
        await Button(page, "Xác nhận rút khỏi trang công khai").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã rút kết luận khỏi trang công khai");
    }

    /// <summary>The sample programme of a year (the samples are played into the tests' council), as the API lists it to this person.</summary>
    async Task<Guid> SampleProgramme(IPage page, int year)
    {
        var answer = await page.APIRequest.GetAsync(Url($"/api/programmes?year={year}"));
        answer.Status.ShouldBe(200);
        using var list = JsonDocument.Parse(await answer.TextAsync());
        return list.RootElement.EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    string Shot(string name) => Path.Combine(fixture.ScreenshotFolder, name);

    static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [GeneratedRegex(@"\d{2,}/[^\s.]+")]
    private static partial Regex Number();
}
