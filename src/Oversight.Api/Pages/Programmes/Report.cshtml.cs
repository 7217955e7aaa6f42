using Marten;
using Oversight.Web;
using Oversight.Common;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Programmes.Reporting;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>The secretary's draft report editor, the head's approval and the conclusion.</summary>
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

    public Task<IActionResult> OnPostApproveAsync(Guid headId, DateOnly? approvedOn) =>
        RunConfirmed(new ApproveDraftReport(Id, headId, approvedOn, DateReason), () => Checked(
            () => ApproveDraftReportHandler.Decide(Programme, new ApproveDraftReport(Id, headId, approvedOn, DateReason), VietnamTime.Today(clock), Actor.Of(User)),
            new Confirmation("Trưởng đoàn duyệt báo cáo?",
        [
            $"Báo cáo kết quả giám sát phiên bản {Programme.Report?.Version} được ghi là Trưởng đoàn {Programme.Delegation?.Active.FirstOrDefault(member => member.Id == headId)?.Name} đã duyệt.",
            "Từ đó không ghi, sửa hay gộp ý kiến, không sửa dự thảo và kiến nghị được nữa; bước tiếp theo là ban hành kết luận.",
        ], "Xác nhận duyệt báo cáo")));

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
