using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>
/// The home page as each role finds it once the samples are loaded, and a member commenting on a circulated draft that the
/// secretary then takes in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MyWorkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Each_role_finds_its_work_on_the_home_page_after_the_samples_load()
    {
        await fixture.LoadSamplesAsync();
        await fixture.MemberProgrammeAsync("Giám sát có buổi làm việc trên trang chủ của đại biểu");
        var submitted = await fixture.CirculatedDraftAsync("Giám sát có báo cáo chờ Trưởng đoàn duyệt trên trang chủ", submitted: true);

        // The agency: its recommendations to answer and reports to send, overdue first, each line opening where it is done. (Which
        // of them are overdue depends on whether the samples or the walkthrough's programme of the same title came first.)
        var agency = await fixture.OpenAsync("/", role: Role.AgencyUser);
        await Expect(agency.Locator("h1")).ToHaveTextAsync("Việc của tôi");
        var lines = agency.Locator("#my-work li");
        await Expect(lines.First).ToBeVisibleAsync();
        var overdue = await lines.EvaluateAllAsync<bool[]>("items => items.map(item => item.classList.contains('overdue'))");
        overdue.ShouldBe([.. overdue.OrderByDescending(late => late)]);
        await agency.ScreenshotAsync(new() { Path = Shot("my-work-agency.png"), FullPage = true });
        await lines.First.Locator("a").ClickAsync();
        await agency.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/kien-nghi"));

        // The secretariat: overdue recommendations to decide on, the legal deadlines of the programmes, the report waiting for the head.
        var secretariat = await fixture.OpenAsync("/");
        await Expect(secretariat.Locator("#my-work li").First).ToHaveClassAsync("overdue");
        (await secretariat.Locator("#my-work li[data-kind='DecideEscalation']").CountAsync()).ShouldBeGreaterThan(0);
        (await secretariat.Locator("#my-work li[data-kind='LegalDeadline']").CountAsync()).ShouldBeGreaterThan(0);
        await Expect(secretariat.Locator("#my-work li[data-kind='AwaitingHeadApproval'] a[href$='/bao-cao']")).ToHaveCountAsync(1);
        await secretariat.ScreenshotAsync(new() { Path = Shot("my-work-secretariat.png"), FullPage = true });

        // The member, head of both new programmes: today's session, the draft to comment on, the report to approve.
        var member = await fixture.OpenAsync("/", role: Role.DelegationMember);
        (await member.Locator("#my-work li[data-kind='UpcomingSession']").CountAsync()).ShouldBeGreaterThan(0);
        await Expect(member.Locator($"#my-work li[data-kind='CommentOnDraft'] a[href='/cuoc-giam-sat/{submitted}/bao-cao']")).ToHaveCountAsync(1);
        var approval = member.Locator($"#my-work li[data-kind='ApproveReport'] a[href='/cuoc-giam-sat/{submitted}/bao-cao']");
        await Expect(approval).ToContainTextAsync("Báo cáo đã được trình: xem và duyệt");
        await member.ScreenshotAsync(new() { Path = Shot("my-work-member.png"), FullPage = true });
        await approval.ClickAsync();
        await Expect(member.Locator("#head-approval")).ToContainTextAsync("Thư ký Đoàn đã trình báo cáo để Trưởng đoàn duyệt.");

        var viewer = await fixture.OpenAsync("/", role: Role.Viewer);
        await Expect(viewer.Locator("#no-work")).ToHaveTextAsync("Không có việc nào đang chờ bạn.");
    }

    [Fact]
    public async Task A_member_comments_on_a_circulated_draft_and_the_secretary_takes_it_in()
    {
        var id = await fixture.CirculatedDraftAsync("Giám sát có dự thảo để đại biểu góp ý");
        const string text = "Nêu rõ số đối tượng bảo trợ xã hội được chi trả đúng hạn";
        var report = $"/cuoc-giam-sat/{id}/bao-cao";

        var member = await fixture.OpenAsync(report, role: Role.DelegationMember);
        var results = member.Locator("#phan-results");
        await results.GetByLabel("Góp ý phần “II. Kết quả đạt được”").FillAsync(text);
        await results.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý", Exact = true }).ClickAsync();
        await Expect(member.Locator("#flash")).ToContainTextAsync("Đã gửi góp ý");
        var comment = member.Locator("#phan-results .comments > li").Filter(new() { HasText = text });
        await Expect(comment).ToContainTextAsync("Chờ Thư ký Đoàn trả lời");
        await member.ScreenshotAsync(new() { Path = Shot("draft-comment-member.png"), FullPage = true });

        var secretary = await fixture.OpenAsync(report);
        var waiting = secretary.Locator("#gop-y .comments > li").Filter(new() { HasText = text });
        await waiting.Locator("summary").ClickAsync();
        await waiting.GetByLabel("Trả lời").FillAsync("Đã bổ sung số liệu vào phần II");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Đã tiếp thu vào dự thảo", Exact = true }).ClickAsync();
        await Expect(secretary.Locator("#flash")).ToContainTextAsync("Đã ghi tiếp thu góp ý vào dự thảo.");

        await member.ReloadAsync();
        await Expect(comment).ToContainTextAsync("Đã tiếp thu: Đã bổ sung số liệu vào phần II");
    }

    string Shot(string name) => Path.Combine(fixture.ScreenshotFolder, name);
}
