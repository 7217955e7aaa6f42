using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>Seed 002's main path through the pages, as a secretariat and the delegation's members would click it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Seed002WalkthroughTests(BrowserFixture fixture)
{
    const string Title = "Giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội đối với các đối tượng bảo trợ xã hội trên địa bàn tỉnh";
    const string Agency = "Sở Lao động - Thương binh và Xã hội";

    [Fact]
    public async Task From_creation_to_the_coded_recommendation()
    {
        var page = await fixture.OpenAsync("/cuoc-giam-sat/tao");
        await Field(page, "Title").FillAsync(Title);
        await Field(page, "Year").FillAsync("2024");
        await Field(page, "PeriodUnderReview").FillAsync("2021 – 6 tháng đầu năm 2024");
        await Field(page, "LegalBases").FillAsync("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20/11/2015");
        await Field(page, "Agencies").FillAsync(Agency);
        await Button(page, "Tạo cuộc giám sát").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        await Expect(page.Locator(".programme-head .status")).ToHaveTextAsync("Dự kiến");

        await Tab(page, "Đoàn giám sát");
        await Field(page, "DecisionNumber").FillAsync("112/QĐ-TTHĐND");
        await Field(page, "DecisionDate").FillAsync("2024-05-27");
        await BrowserFixture.EnteredLate(Field(page, "DecisionDate"));
        await Field(page, "Signer").FillAsync("Phó Chủ tịch Thường trực HĐND tỉnh");
        await Field(page, "HeadName").FillAsync("Đặng Thanh Sơn");
        await Field(page, "HeadPosition").FillAsync("Phó Chủ tịch Thường trực HĐND tỉnh");
        await Field(page, "DeputyName").FillAsync("Bùi Văn Hoàng");
        await Field(page, "SecretaryName").FillAsync("Chuyên viên Phòng Công tác HĐND");
        await Field(page, "Members").FillAsync("Lãnh đạo Ban Văn hóa - Xã hội, Ban Văn hóa - Xã hội HĐND tỉnh");
        await Button(page, "Ghi nhận quyết định thành lập Đoàn").ClickAsync();
        await Expect(page.Locator("table.grid")).ToContainTextAsync("Đặng Thanh Sơn");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("Trưởng đoàn");

        await Tab(page, "Kế hoạch");
        await Field(page, "Purpose").FillAsync("Đánh giá việc thực hiện chính sách trợ giúp xã hội; chỉ ra khó khăn, vướng mắc để kiến nghị.");
        await Field(page, "Contents").FillAsync("Chi trả trợ cấp thường xuyên; nuôi dưỡng tại cơ sở công lập; quản lý đối tượng.");
        await Field(page, "Outline").FillAsync("Tình hình chung\nKết quả thực hiện\nHạn chế và nguyên nhân\nKiến nghị");
        await Field(page, "Deadlines[0].Deadline").FillAsync("2024-06-17");
        await Field(page, "AdoptedOn").FillAsync("2024-06-05");
        await BrowserFixture.EnteredLate(Field(page, "AdoptedOn"));
        await Button(page, "Ban hành kế hoạch").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("phiên bản hiện tại: 1");

        await Tab(page, "Lịch làm việc");
        await Field(page, "Date").FillAsync("2024-06-24");
        await Field(page, "Time").FillAsync("14:00");
        await Field(page, "Place").FillAsync("Trụ sở Sở Lao động - Thương binh và Xã hội");
        await Field(page, "NotifiedOn").FillAsync("2024-06-10");
        await BrowserFixture.EnteredLate(Field(page, "NotifiedOn"));
        await Button(page, "Xếp lịch").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"24/06/2024 14:00 · Làm việc với {Agency}" }).ClickAsync();

        await Expect(page.Locator(".session-title")).ToContainTextAsync("24/06/2024");
        await LogFinding(page, "Bùi Văn Hoàng", "Result", "Trợ cấp thường xuyên được chi trả kịp thời, đúng đối tượng", "41.172 đối tượng");
        await LogFinding(page, "Đặng Thanh Sơn", "Proposal", "Tăng cường tập huấn nghiệp vụ cho cán bộ bảo trợ xã hội ở cơ sở", null);
        await Expect(page.Locator("section h3")).ToHaveTextAsync("Ý kiến tại buổi này (2)");
        await using (var phone = await fixture.NewContextAsync(width: 390, height: 844))
        {
            var onPhone = await phone.NewPageAsync();
            await onPhone.GotoAsync(page.Url);
            await Expect(onPhone.Locator(".findings li")).ToHaveCountAsync(2);
            (await onPhone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse("the session page scrolls sideways on a phone");
            await onPhone.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "session-phone.png"), FullPage = true });
        }

        await Field(page, "ReportPresented").FillAsync("Sở báo cáo đang chi trả trợ cấp cho 41.172 đối tượng tại cộng đồng.");
        await Field(page, "Questions").FillAsync("Trách nhiệm tập huấn phần mềm quản lý đối tượng cho cán bộ cấp huyện, cấp xã.");
        await Field(page, "ConcludingRemarks").FillAsync("Đề nghị Sở tăng cường tập huấn cán bộ cơ sở.");
        await Button(page, "Ghi biên bản (buổi làm việc đã diễn ra)").ClickAsync();
        await Expect(page.Locator(".session-meta")).ToContainTextAsync("Đã diễn ra");

        await Tab(page, "Tổng quan");
        await page.Locator("[name='endedOn']").FillAsync("2024-06-24");
        await BrowserFixture.EnteredLate(page.Locator("[name='endedOn']"));
        await Button(page, "Kết thúc giai đoạn làm việc").ClickAsync();
        await Expect(page.Locator("#confirm")).ToContainTextAsync("Không xếp thêm buổi làm việc");
        await Button(page, "Xác nhận kết thúc giai đoạn làm việc").ClickAsync();
        await Expect(page.Locator(".programme-head .status")).ToHaveTextAsync("Đang lập báo cáo");

        await Tab(page, "Báo cáo");
        await Button(page, "Lập dự thảo báo cáo từ các ý kiến").ClickAsync();
        await Expect(page.Locator("[name='Results']")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("41.172 đối tượng"));
        await page.GetByText("Sửa kiến nghị 1").ClickAsync();
        await page.GetByLabel("Thời hạn kiến nghị 1").FillAsync("2024-12-31");
        await Button(page, "Lưu kiến nghị").ClickAsync();
        await Expect(page.Locator("#kien-nghi-1")).ToContainTextAsync("Thời hạn: 31/12/2024");
        // The head signed the report on paper: the secretariat records it, and the report says so.
        await page.GetByText("Trưởng đoàn đã duyệt trên giấy?").ClickAsync();
        await page.Locator("[name='approvedOn']").FillAsync("2024-07-05");
        await BrowserFixture.EnteredLate(page.Locator("[name='approvedOn']"));
        await Button(page, "Ghi nhận Trưởng đoàn đã duyệt trên giấy").ClickAsync();
        await Button(page, "Xác nhận duyệt báo cáo").ClickAsync();
        await Expect(page.Locator("#report-status")).ToContainTextAsync("Trưởng đoàn đã duyệt ngày 05/07/2024 (duyệt trên giấy)");
        await page.Locator("[name='number']").FillAsync("86/TB-HĐND");
        await page.Locator("[name='issuedOn']").FillAsync("2024-07-08");
        await BrowserFixture.EnteredLate(page.Locator("[name='issuedOn']"));
        await page.Locator("[name='remarks']").FillAsync("Đề nghị Sở thực hiện các kiến nghị của Đoàn giám sát.");
        await Button(page, "Ban hành kết luận").ClickAsync();
        await Expect(page.Locator("#confirm")).ToContainTextAsync("Kết luận số 86/TB-HĐND ngày 08/07/2024");
        await Button(page, "Xác nhận ban hành kết luận").ClickAsync();
        await Expect(page.Locator(".programme-head .status")).ToHaveTextAsync("Đã kết luận");

        await Tab(page, "Kiến nghị");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("KN-2024-001-01");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("Tăng cường tập huấn nghiệp vụ cho cán bộ bảo trợ xã hội ở cơ sở");

        await Tab(page, "Tổng quan");
        await Expect(page.Locator(".deadlines")).ToContainTextAsync("Đúng hạn");
        var report = page.Locator("#van-ban li").Filter(new() { Has = page.Locator(".name", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Báo cáo kết quả giám sát$") }) }).First;
        await report.Locator("summary").ClickAsync();
        await page.GetByLabel("Ngày ban hành Báo cáo kết quả giám sát").FillAsync("2024-07-05");
        await BrowserFixture.EnteredLate(page.GetByLabel("Ngày ban hành Báo cáo kết quả giám sát"));
        await report.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
        await Button(page, "Xác nhận ban hành số 01/BC-ĐGS").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã ban hành số 01/BC-ĐGS.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Số 01/BC-ĐGS", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "programme.png"), FullPage = true });
    }

    [Fact]
    public async Task A_refused_action_shows_its_Vietnamese_reason_and_keeps_the_input()
    {
        var page = await fixture.OpenAsync("/cuoc-giam-sat/tao");
        await Field(page, "Title").FillAsync("Giám sát của một Ban chưa ghi tên Ban");
        await Field(page, "Body").SelectOptionAsync("Committee");
        await Field(page, "Agencies").FillAsync(Agency);
        await Button(page, "Tạo cuộc giám sát").ClickAsync();

        await Expect(page.Locator(".problems")).ToContainTextAsync("Hãy chọn Ban tiến hành giám sát.");
        await Expect(Field(page, "Title")).ToHaveValueAsync("Giám sát của một Ban chưa ghi tên Ban");
        await Expect(Field(page, "Agencies")).ToHaveValueAsync(Agency);
    }

    static ILocator Field(IPage page, string name) => page.Locator($"[name='{name}']");

    static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    static Task Tab(IPage page, string name) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hồ sơ cuộc giám sát" })
        .GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

    static async Task LogFinding(IPage page, string author, string kind, string text, string? figures)
    {
        await Field(page, "AuthorId").SelectOptionAsync(new SelectOptionValue { Label = author });
        await page.Locator($"input[name='Kind'][value='{kind}']").CheckAsync();
        await Field(page, "Text").FillAsync(text);
        await Field(page, "Figures").FillAsync(figures ?? "");
        await Button(page, "Ghi ý kiến").ClickAsync();
        await Expect(page.Locator(".findings")).ToContainTextAsync(text);
    }
}
