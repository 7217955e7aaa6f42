using Marten;
using Oversight.Web;
using Oversight.Common;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Programmes.Reporting;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>
/// The draft report: the secretary's editor, the members' comments per section and the secretary's answers, the submission to the
/// head, the head's approval (or the secretariat's record of one given on paper), and the conclusion.
/// </summary>
public sealed class ReportModel(IQuerySession session, IMessageBus bus, TimeProvider clock) : ProgrammePage(session, bus)
{
    [BindProperty] public int ReportVersion { get; set; }
    [BindProperty] public string? Overview { get; set; }
    [BindProperty] public string? Results { get; set; }
    [BindProperty] public string? Shortcomings { get; set; }
    [BindProperty] public string? Causes { get; set; }

    public Task<IActionResult> OnPostAssembleAsync() => Run(new AssembleDraftReport(Id));

    public Task<IActionResult> OnPostEditAsync() => Run(new EditDraftReport(Id, ReportVersion, Overview, Results, Shortcomings, Causes));

    public Task<IActionResult> OnPostRecommendationAsync(
        Guid recommendationId, Guid agencyId, List<Guid> coAgencyIds, string? text, DateOnly? dueDate, List<Guid> findingIds) =>
        Run(new DraftRecommendation(Id, recommendationId, agencyId, coAgencyIds, text, dueDate, findingIds));

    public Task<IActionResult> OnPostWithdrawAsync(Guid recommendationId) =>
        RunConfirmed(new WithdrawRecommendation(Id, recommendationId), () => Checked(
            () => WithdrawRecommendationHandler.Decide(Programme, new WithdrawRecommendation(Id, recommendationId)),
            new Confirmation("Bỏ kiến nghị này khỏi dự thảo?",
            [
                $"Kiến nghị “{Programme.Recommendations.FirstOrDefault(draft => draft.Id == recommendationId)?.Text}” bị bỏ khỏi dự thảo báo cáo; muốn có lại phải thêm kiến nghị mới.",
            ], "Xác nhận bỏ kiến nghị", Danger: true)));

    public Task<IActionResult> OnPostCirculateAsync() => Run(new CirculateDraftReport(Id, null));

    public Task<IActionResult> OnPostCommentAsync(Guid commentId, ReportSection? section, string? text) =>
        Run(new CommentOnDraftReport(Id, commentId, section, text), $"#gop-y-{commentId}");

    public Task<IActionResult> OnPostAnswerAsync(Guid commentId, CommentOutcome? outcome, string? reply) =>
        Run(new AnswerDraftComment(Id, commentId, outcome, reply), $"#gop-y-{commentId}");

    public Task<IActionResult> OnPostSubmitAsync() => Run(new SubmitDraftReport(Id, null));

    /// <summary>The head approves from their own account; the confirmation says what closes with it.</summary>
    public Task<IActionResult> OnPostHeadApproveAsync() =>
        RunConfirmed(new ApproveDraftReportAsHead(Id), () => Checked(
            () => ApproveDraftReportAsHeadHandler.Decide(Programme, new ApproveDraftReportAsHead(Id), VietnamTime.Today(clock), Actor.Of(User)),
            new Confirmation("Duyệt báo cáo kết quả giám sát?",
            [
                $"Bạn duyệt báo cáo phiên bản {Programme.Report?.Version} với tư cách Trưởng đoàn, ngày {VietnamTime.Format(VietnamTime.Today(clock))}.",
                $"{Unanswered()}Từ đó không ghi, sửa hay gộp ý kiến, không sửa dự thảo và kiến nghị được nữa; bước tiếp theo là ban hành kết luận.",
            ], "Xác nhận duyệt báo cáo")));

    /// <summary>The secretariat records an approval the head gave on paper: the event says so, with the date the head signed.</summary>
    public Task<IActionResult> OnPostApproveAsync(Guid headId, DateOnly? approvedOn) =>
        RunConfirmed(new ApproveDraftReport(Id, headId, approvedOn, DateReason), () => Checked(
            () => ApproveDraftReportHandler.Decide(Programme, new ApproveDraftReport(Id, headId, approvedOn, DateReason), VietnamTime.Today(clock), Actor.Of(User)),
            new Confirmation("Ghi nhận Trưởng đoàn đã duyệt báo cáo trên giấy?",
        [
            $"Báo cáo kết quả giám sát phiên bản {Programme.Report?.Version} được ghi là Trưởng đoàn {Programme.Delegation?.Active.FirstOrDefault(member => member.Id == headId)?.Name} " +
            $"đã duyệt trên giấy ngày {VietnamTime.Format(approvedOn ?? VietnamTime.Today(clock))}.",
            $"{Unanswered()}Từ đó không ghi, sửa hay gộp ý kiến, không sửa dự thảo và kiến nghị được nữa; bước tiếp theo là ban hành kết luận.",
        ], "Xác nhận duyệt báo cáo")));

    /// <summary>The sections a member reads and comments on, in the report's order.</summary>
    public IReadOnlyList<(ReportSection Section, string Text)> Sections => Programme.Report is not { } report ? [] :
    [
        (ReportSection.Overview, report.Sections.Overview), (ReportSection.Results, report.Sections.Results),
        (ReportSection.Shortcomings, report.Sections.Shortcomings), (ReportSection.Causes, report.Sections.Causes),
    ];

    /// <summary>Whether the signed-in person is the delegation's head (who approves from their own account).</summary>
    public bool IsHead => Programme.Delegation?.Head?.Id == Actor.Of(User).AccountId;

    string Unanswered() => Programme.Report?.Comments.Count(comment => comment.Outcome is null) is > 0 and var count
        ? $"Còn {count} góp ý chưa được trả lời hoặc tiếp thu. "
        : "";

    public Task<IActionResult> OnPostConcludeAsync(string? number, DateOnly? issuedOn, string? remarks) =>
        RunConfirmed(new IssueConclusion(Id, number, issuedOn, remarks, DateReason), () => Checked(
            () => IssueConclusionHandler.Decide(Programme, new IssueConclusion(Id, number, issuedOn, remarks, DateReason), VietnamTime.Today(clock), Actor.Of(User)),
            new Confirmation($"Ban hành kết luận số {number}?",
        [
            $"Kết luận số {number} ngày {(issuedOn is { } on ? VietnamTime.Format(on) : "")} được ban hành; nội dung kết luận không sửa được sau đó.",
            $"{Programme.Recommendations.Count} kiến nghị nhận mã theo dõi (KN-{Programme.Code}-01…) với hạn thực hiện, và bắt đầu được nhắc hạn.",
        ], "Xác nhận ban hành kết luận")));

    /// <summary>A fresh page shows the current draft; after a refusal (a stale edit) the user's own text stays in the form.</summary>
    protected override Task<bool> PrepareAsync()
    {
        if (HttpMethods.IsGet(Request.Method) && Programme.Report is { } report)
        {
            ReportVersion = report.Version;
            (Overview, Results, Shortcomings, Causes) = (report.Sections.Overview, report.Sections.Results, report.Sections.Shortcomings, report.Sections.Causes);
        }

        return Task.FromResult(true);
    }
}

/// <summary>The comments on one part of the draft, and whether this person may add one or answer them.</summary>
public sealed record DraftCommentsView(IReadOnlyList<DraftComment> Comments, ReportSection Section, bool Commenting, bool Answering);
