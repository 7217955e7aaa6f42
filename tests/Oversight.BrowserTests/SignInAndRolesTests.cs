using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndRolesTests(BrowserFixture fixture)
{
    public static TheoryData<Role, string[]> Menus => new()
    {
        { Role.SystemAdministrator, ["Trang chủ", "Quản trị", "Thông báo"] },
        { Role.CouncilAdministrator, ["Trang chủ", "Cuộc giám sát", "Lịch làm việc", "Kiến nghị", "Giải trình", "Chất vấn", "Mẫu văn bản", "Nhật ký", "Danh bạ", "Quản trị", "Thông báo"] },
        { Role.Secretariat, ["Trang chủ", "Cuộc giám sát", "Lịch làm việc", "Kiến nghị", "Giải trình", "Chất vấn", "Mẫu văn bản", "Nhật ký", "Danh bạ", "Thông báo"] },
        { Role.DelegationMember, ["Trang chủ", "Cuộc giám sát", "Lịch làm việc", "Kiến nghị", "Giải trình", "Chất vấn", "Thông báo"] },
        { Role.AgencyUser, ["Trang chủ", "Lịch làm việc", "Kiến nghị", "Giải trình", "Chất vấn", "Thông báo"] },
        { Role.Viewer, ["Trang chủ", "Cuộc giám sát", "Lịch làm việc", "Kiến nghị", "Giải trình", "Chất vấn", "Thông báo"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Each_role_signs_in_through_the_form_and_sees_only_its_sections(Role role, string[] sections)
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await fixture.SignInAsync(page, BrowserFixture.UserNames[role]);

        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng chính" }).GetByRole(AriaRole.Link);
        (await links.AllInnerTextsAsync()).ShouldBe(sections);
        await Expect(page.Locator(".who")).ToContainTextAsync($"Người dùng {BrowserFixture.UserNames[role]}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"home-{role}.png") });

        // A section outside the role answers with a Vietnamese 403 page, not the section.
        if (!sections.Contains("Quản trị"))
        {
            var response = await page.GotoAsync(new Uri(fixture.BaseAddress, "/quan-tri").ToString());
            response!.Status.ShouldBe(403);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền");
        }
    }

    [Fact]
    public async Task A_stranger_is_sent_to_the_sign_in_form_and_back_and_a_wrong_password_is_said_plainly()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/lich").ToString());
        new Uri(page.Url).AbsolutePath.ShouldBe("/dang-nhap");

        await page.GetByLabel("Tên đăng nhập").FillAsync("vanphong");
        await page.GetByLabel("Mật khẩu").FillAsync("khong-dung-mat-khau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Expect(page.Locator(".problems")).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");

        await page.GetByLabel("Mật khẩu").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/lich");
        await Expect(page.Locator("h1")).ToContainTextAsync("Lịch");

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/dang-nhap");
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        new Uri(page.Url).AbsolutePath.ShouldBe("/dang-nhap");
    }

    [Fact]
    public async Task A_council_administrator_creates_an_account_that_can_sign_in_and_change_its_password()
    {
        var page = await fixture.OpenAsync("/quan-tri", role: Role.CouncilAdministrator);
        var form = page.Locator("#new-account");
        await form.GetByLabel("Tên đăng nhập").FillAsync("thuky.moi");
        await form.GetByLabel("Họ và tên").FillAsync("Nguyễn Văn Mới");
        await form.GetByLabel("Vai trò").SelectOptionAsync("Secretariat");
        await form.GetByLabel("Mật khẩu ban đầu", new() { Exact = false }).FillAsync("mat-khau-ban-dau");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Expect(page.Locator("#accounts")).ToContainTextAsync("Nguyễn Văn Mới");

        await page.Locator("#settings summary").ClickAsync();
        await page.Locator("[name='Symbols[ke-hoach-giam-sat]']").FillAsync("KH-HĐND");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thiết lập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu thiết lập");
        await Expect(page.Locator("[name='Symbols[ke-hoach-giam-sat]']")).ToHaveValueAsync("KH-HĐND");

        // The council's committees are in its directory; a programme picks one of them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Danh bạ của HĐND" }).ClickAsync();
        foreach (var committee in new[] { "Ban Pháp chế", "Ban Văn hóa - Xã hội" })
        {
            await page.Locator("#them-ban [name='committeeName']").FillAsync(committee);
            await page.Locator("#them-ban button").ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync($"Đã thêm {committee} vào danh bạ.");
        }

        var create = await fixture.OpenAsync("/cuoc-giam-sat/tao");
        await Expect(create.Locator("#committee option")).ToHaveCountAsync(3);

        await using var context = await fixture.Browser.NewContextAsync();
        var newcomer = await context.NewPageAsync();
        await newcomer.GotoAsync(new Uri(fixture.BaseAddress, "/dang-nhap").ToString());
        await newcomer.GetByLabel("Tên đăng nhập").FillAsync("thuky.moi");
        await newcomer.GetByLabel("Mật khẩu").FillAsync("mat-khau-ban-dau");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await newcomer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await newcomer.GotoAsync(new Uri(fixture.BaseAddress, "/tai-khoan").ToString());
        await newcomer.GetByLabel("Mật khẩu hiện tại").FillAsync("mat-khau-ban-dau");
        await newcomer.GetByLabel("Mật khẩu mới", new() { Exact = false }).FillAsync("mat-khau-cua-rieng-toi");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        await Expect(newcomer.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi mật khẩu");
        await newcomer.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "account.png"), FullPage = true });
    }

    [Fact]
    public async Task A_delegation_member_picked_in_the_decision_gets_the_programme_and_nobody_elses()
    {
        const string title = "Giám sát việc quản lý quỹ bảo trợ trẻ em có đại biểu dùng tài khoản";
        var page = await fixture.OpenAsync("/cuoc-giam-sat/tao");
        await page.Locator("[name='Title']").FillAsync(title);
        await page.Locator("[name='Agencies']").FillAsync(BrowserFixture.Agency);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo cuộc giám sát", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hồ sơ cuộc giám sát" }).GetByRole(AriaRole.Link, new() { Name = "Đoàn giám sát", Exact = true }).ClickAsync();
        // The head is picked from the council's people by the account, found by typing the name without diacritics.
        await page.Locator("input[data-filter='head']").FillAsync("nguoi dung daibieu");
        await Expect(page.Locator("#head option:not([hidden])")).ToHaveCountAsync(2);
        await page.Locator("[name='DecisionNumber']").FillAsync("15/QĐ-TTHĐND");
        await page.Locator("[name='DecisionDate']").FillAsync("2026-03-02");
        await BrowserFixture.EnteredLate(page.Locator("[name='DecisionDate']"));
        await page.Locator("[name='Signer']").FillAsync("Chủ tịch HĐND tỉnh");
        await page.Locator("#head").SelectOptionAsync(new SelectOptionValue { Label = "Người dùng daibieu (tài khoản daibieu)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định thành lập Đoàn", Exact = true }).ClickAsync();
        await Expect(page.Locator("table.grid")).ToContainTextAsync("Người dùng daibieu");

        var member = await fixture.OpenAsync("/cuoc-giam-sat", role: Role.DelegationMember);
        // Programme ids are version 7 UUIDs: links to programmes start with a zero, unlike the page's other links.
        var listed = member.Locator("main a[href^='/cuoc-giam-sat/0']");
        await Expect(listed).ToHaveCountAsync(1);
        await Expect(listed).ToContainTextAsync(title);
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Tạo cuộc giám sát" })).ToHaveCountAsync(0);
        await listed.ClickAsync();
        await Expect(member.Locator("h1")).ToHaveTextAsync(title);
    }
}
