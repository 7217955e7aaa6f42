using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Documents;
using Oversight.Programmes;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Deadlines;
using Oversight.Programmes.Details;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>A document the overview offers: greyed with what it needs while the programme lacks its data; issued or not.</summary>
public sealed record DocumentOffer(DocumentKind Kind, string? Needs, IssuedDocumentRef? InForce);

public sealed class DetailModel(IQuerySession session, IMessageBus bus, IOptions<DeadlineSettings> settings, IOptions<DocumentSettings> documents,
    TimeProvider clock) : ProgrammePage(session, bus)
{
    public ProgrammeView View { get; private set; } = null!;

    public IReadOnlyList<DocumentOffer> Documents { get; private set; } = [];

    /// <summary>Whether this machine makes PDF previews (LibreOffice); without it the page offers the Word file only.</summary>
    public bool Previews { get; } = PdfPreviews.Available;

    public Task<IActionResult> OnPostRecordReportAsync(Guid agencyId, DateOnly? receivedOn, string? documentNumber, string? summary) =>
        Run(new RecordAgencyReport(Id, agencyId, receivedOn, documentNumber, summary, DateReason));

    public Task<IActionResult> OnPostSupplementaryAsync(Guid agencyId, DateOnly? deadline, string? reason) =>
        Run(new RequestSupplementaryReport(Id, agencyId, deadline, reason));

    public Task<IActionResult> OnPostIssueAsync(string? template, DateOnly? issuedOn)
    {
        var documentId = Guid.CreateVersion7();
        var command = new IssueDocument(Id, documentId, template, issuedOn, DateReason);
        return RunConfirmed(command, async () =>
        {
            var (kind, _, _) = IssueDocumentHandler.Decide(Programme, command, Today, Actor.Of(User));
            var number = await NextNumber(kind, issuedOn, replacement: false);
            return new Confirmation($"Ban hành {kind.Name} số {number}?",
            [
                $"Văn bản được cấp số {number} ngày {VietnamTime.Format(issuedOn ?? Today)} theo sổ văn bản và lưu đúng tệp như lúc ban hành.",
                "Số đã cấp không thu hồi được; muốn sửa nội dung phải ban hành văn bản thay thế và ghi lý do.",
            ], $"Xác nhận ban hành số {number}");
        }, "#van-ban", () => Issued(documentId));
    }

    public Task<IActionResult> OnPostReplaceAsync(Guid documentId, DateOnly? issuedOn, string? reason)
    {
        var replacementId = Guid.CreateVersion7();
        var command = new IssueReplacement(Id, replacementId, documentId, issuedOn, reason, DateReason);
        return RunConfirmed(command, async () =>
        {
            var (kind, _, replaced) = IssueReplacementHandler.Decide(Programme, command, Today, Actor.Of(User));
            var number = await NextNumber(kind, issuedOn, replacement: true);
            return new Confirmation($"Ban hành văn bản thay thế số {replaced.Number}?",
            [
                $"{kind.Name} mới được cấp số {number} ngày {VietnamTime.Format(issuedOn ?? Today)} và ghi là thay thế văn bản số {replaced.Number}; tệp cũ vẫn được giữ nguyên.",
                $"Lý do thay thế: {reason}",
                "Số đã cấp không thu hồi được.",
            ], $"Xác nhận ban hành văn bản thay thế số {number}");
        }, "#van-ban", () => Issued(replacementId));
    }

    public Task<IActionResult> OnPostEndFieldworkAsync(DateOnly? endedOn) =>
        RunConfirmed(new EndFieldwork(Id, endedOn, DateReason), () => Checked(() => EndFieldworkHandler.Decide(Programme, new EndFieldwork(Id, endedOn, DateReason), Today, Actor.Of(User)), new Confirmation("Kết thúc giai đoạn làm việc?",
        [
            $"Cuộc giám sát chuyển sang bước “{Labels.Of(ProgrammeStatus.Reporting)}” từ ngày {VietnamTime.Format(endedOn ?? Today)}.",
            "Không xếp thêm buổi làm việc hay sửa kế hoạch được nữa; thành viên Đoàn vẫn ghi ý kiến được cho tới khi Trưởng đoàn duyệt báo cáo.",
        ], "Xác nhận kết thúc giai đoạn làm việc")));

    public Task<IActionResult> OnPostFollowUpAsync() =>
        RunConfirmed(new StartFollowUp(Id), () => Checked(() => StartFollowUpHandler.Decide(Programme, new StartFollowUp(Id)), new Confirmation("Gửi kiến nghị và bắt đầu theo dõi?",
        [
            $"{Programme.Recommendations.Count} kiến nghị của kết luận số {Programme.Conclusion?.Number} được gửi tới các cơ quan chịu giám sát; mỗi cơ quan thấy kiến nghị gửi mình.",
            "Việc này không hoàn tác được.",
        ], "Xác nhận gửi kiến nghị")));

    public Task<IActionResult> OnPostCloseAsync(string? note) =>
        RunConfirmed(new CloseProgramme(Id, note), () => Checked(() => CloseProgrammeHandler.Decide(Programme, new CloseProgramme(Id, note)), new Confirmation("Đóng hồ sơ cuộc giám sát?",
        [
            "Hồ sơ đóng lại và không thay đổi được nữa.",
            "Kiến nghị chưa giải quyết vẫn được theo dõi trong sổ theo dõi kiến nghị.",
        ], "Xác nhận đóng hồ sơ", Danger: true)));

    public Task<IActionResult> OnPostResumeAsync() => Run(new ResumeProgramme(Id));

    public Task<IActionResult> OnPostPostponeAsync(string? reason) => Run(new PostponeProgramme(Id, reason));

    public Task<IActionResult> OnPostCancelAsync(string? reason) =>
        RunConfirmed(new CancelProgramme(Id, reason), () => Checked(() => CancelProgrammeHandler.Decide(Programme, new CancelProgramme(Id, reason)), new Confirmation("Hủy cuộc giám sát?",
        [
            $"Cuộc giám sát bị hủy với lý do: {reason}",
            "Hồ sơ không thay đổi được nữa và không ban hành văn bản nào được nữa; việc hủy không hoàn tác được.",
        ], "Xác nhận hủy cuộc giám sát", Danger: true)));

    /// <summary>For a re-oversight: the earlier recommendations it looks at again.</summary>
    public IReadOnlyList<Oversight.Recommendations.Recommendation> Revisited { get; private set; } = [];

    public DateOnly Today => VietnamTime.Today(clock);

    async Task<string> NextNumber(DocumentKind kind, DateOnly? issuedOn, bool replacement) =>
        await IssueDocumentHandler.NextNumberPreview(Session, kind, Programme,
            await CouncilSettings.Documents(Session, documents, HttpContext.RequestAborted), (issuedOn ?? Today).Year, replacement, HttpContext.RequestAborted);

    async Task<Flash> Issued(Guid documentId) =>
        await Session.LoadAsync<IssuedDocument>(documentId, HttpContext.RequestAborted) is { } issued
            ? new Flash($"Đã ban hành số {issued.Number}.", $"/api/issued-documents/{issued.Id}", $"Tải văn bản số {issued.Number}")
            : new Flash("Đã ban hành văn bản.");

    protected override async Task<bool> PrepareAsync()
    {
        Revisited = Programme.Revisits.Count == 0
            ? []
            : [.. await Session.LoadManyAsync<Oversight.Recommendations.Recommendation>(HttpContext.RequestAborted, Programme.Revisits)];
        View = ProgrammeViews.For(Programme, await CouncilSettings.Deadlines(Session, settings, HttpContext.RequestAborted), Today, Actor.Of(User));
        Documents = [.. ProgrammeDocuments.Kinds.Select(kind => new DocumentOffer(kind, kind.Needs(Programme),
            Programme.InForce(kind.Template, ProgrammeDocuments.SessionOf(kind, Programme, null))))];
        return true;
    }
}
