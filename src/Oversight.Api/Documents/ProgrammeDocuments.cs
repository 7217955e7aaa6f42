using System.ComponentModel;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;

namespace Oversight.Documents;

/// <summary>
/// Everything a programme's document templates may read, in their snake_case names
/// (e.g. <c>programme.title</c>, <c>plan.report_deadlines</c>, <c>recommendation_groups</c>). The
/// descriptions are what the field guide on the templates page shows clerks.
/// </summary>
public sealed record ProgrammeDocumentData(
    [property: Description("Cơ quan ban hành, ở góc trên bên trái")] IssuerData Issuer,
    [property: Description("Số văn bản; “……” cho đến khi ban hành")] string DocumentNumber,
    [property: Description("Địa danh trước ngày tháng")] string Place,
    [property: Description("Ngày của văn bản")] DateOnly Date,
    [property: Description("Cuộc giám sát")] ProgrammeData Programme,
    [property: Description("Đoàn giám sát")] DelegationData Delegation,
    [property: Description("Kế hoạch giám sát (trống khi chưa có kế hoạch)")] PlanData? Plan,
    [property: Description("Lịch làm việc, trừ các buổi đã huỷ")] IReadOnlyList<ActivityData> Activities,
    [property: Description("Các phần của báo cáo kết quả giám sát")] ReportSections Report,
    [property: Description("Kiến nghị, nhóm theo cơ quan nhận")] IReadOnlyList<RecommendationGroup> RecommendationGroups,
    [property: Description("Thông báo kết luận (trống khi chưa kết luận)")] ConclusionData? Conclusion,
    [property: Description("Nơi nhận")] IReadOnlyList<string> Recipients,
    [property: Description("Buổi làm việc của biên bản: buổi được chọn, hoặc buổi gần nhất đã diễn ra")] SessionData? Session);

public sealed record IssuerData(
    [property: Description("Cơ quan cấp trên, ví dụ “Hội đồng nhân dân tỉnh Hà Nam”")] string Parent,
    [property: Description("Cơ quan ban hành, ví dụ “Đoàn giám sát”")] string Name);

public sealed record ProgrammeData(
    [property: Description("Tên cuộc giám sát")] string Title,
    [property: Description("Mã cuộc giám sát (năm-số)")] string Code,
    [property: Description("Năm")] int Year,
    [property: Description("Thời kỳ giám sát")] string? PeriodUnderReview,
    [property: Description("Phạm vi giám sát")] string? Scope,
    [property: Description("Các căn cứ pháp lý")] IReadOnlyList<string> LegalBases,
    [property: Description("Chủ thể giám sát")] string Body,
    [property: Description("Các cơ quan chịu giám sát")] IReadOnlyList<string> Agencies);

public sealed record MemberData(
    [property: Description("Họ tên")] string Name,
    [property: Description("Chức vụ (có thể trống)")] string? Position,
    [property: Description("Vai trò trong Đoàn")] string Role);

public sealed record DelegationData(
    [property: Description("Trưởng đoàn")] string Head,
    [property: Description("Số quyết định thành lập Đoàn")] string? DecisionNumber,
    [property: Description("Ngày quyết định thành lập Đoàn")] DateOnly? DecisionDate,
    [property: Description("Thành viên Đoàn")] IReadOnlyList<MemberData> Members);

public sealed record DeadlineData(
    [property: Description("Cơ quan gửi báo cáo")] string Agency,
    [property: Description("Hạn gửi báo cáo")] DateOnly Deadline);

public sealed record PlanData(
    [property: Description("Mục đích, yêu cầu")] string Purpose,
    [property: Description("Nội dung giám sát")] string Contents,
    [property: Description("Phương thức giám sát")] string Methods,
    [property: Description("Các mục của đề cương báo cáo")] IReadOnlyList<string> Outline,
    [property: Description("Hạn gửi báo cáo của từng cơ quan")] IReadOnlyList<DeadlineData> ReportDeadlines);

public sealed record ActivityData(
    [property: Description("Ngày")] DateOnly Date,
    [property: Description("Giờ (có thể trống)")] string? Time,
    [property: Description("Hình thức: làm việc, khảo sát…")] string Kind,
    [property: Description("Cơ quan làm việc")] string Agency,
    [property: Description("Địa điểm")] string Place);

/// <summary>A session or survey that took place, with its minutes: what the minutes (biên bản) template reads.</summary>
public sealed record SessionData(
    [property: Description("Ngày")] DateOnly Date,
    [property: Description("Giờ (có thể trống)")] string? Time,
    [property: Description("Hình thức: làm việc, khảo sát…")] string Kind,
    [property: Description("Cơ quan làm việc")] string Agency,
    [property: Description("Địa điểm")] string Place,
    [property: Description("Thành viên Đoàn dự, kèm vai trò")] IReadOnlyList<string> Members,
    [property: Description("Người dự phía cơ quan")] string? AgencyAttendees,
    [property: Description("Báo cáo cơ quan trình bày")] string? ReportPresented,
    [property: Description("Ý kiến, câu hỏi của thành viên Đoàn")] string? Questions,
    [property: Description("Giải trình của cơ quan")] string? Explanations,
    [property: Description("Những nội dung cơ quan tiếp thu")] string? Acceptances,
    [property: Description("Kết luận của Trưởng đoàn")] string? ConcludingRemarks);

public sealed record RecommendationItem(
    [property: Description("Mã kiến nghị")] string Code,
    [property: Description("Nội dung kiến nghị")] string Text,
    [property: Description("Thời hạn thực hiện (có thể trống)")] DateOnly? DueDate,
    [property: Description("Các cơ quan phối hợp")] IReadOnlyList<string> CoAgencies);

public sealed record RecommendationGroup(
    [property: Description("Cơ quan nhận kiến nghị")] string Agency,
    [property: Description("Các kiến nghị gửi cơ quan đó")] IReadOnlyList<RecommendationItem> Items);

public sealed record ConclusionData(
    [property: Description("Số thông báo kết luận")] string Number,
    [property: Description("Ngày ban hành")] DateOnly IssuedOn,
    [property: Description("Nội dung kết luận")] string Remarks);

/// <summary>
/// A document the secretariat generates from a programme: its template, the symbol of its number, its
/// date, and its number once the programme's record has one (until then the number is left to fill in).
/// <see cref="Needs"/> says what the programme must have before the document can be made ("cần có kết luận"),
/// or null when its data exists. A document is issued once (a second issue is a replacement, with a reason),
/// except the <see cref="Repeatable"/> ones, which a programme sends again and again (schedule notices, reminders
/// to agencies, status reports): each issue of those is a new document. <see cref="ToAgencies"/> documents are addressed to the
/// supervised agencies, whose accounts may download them once issued (minutes: the agency of their session).
/// </summary>
public sealed record DocumentKind(string Template, string Name, string Symbol, Func<Programme, DateOnly, DateOnly> DateOf, Func<Programme, string?> NumberOf,
    Func<Programme, string?> Needs, bool NeedsSession = false, bool Repeatable = false, bool ToAgencies = false);

public static class ProgrammeDocuments
{
    const string NeedsDelegation = "cần có quyết định thành lập Đoàn";
    const string NeedsPlan = "cần có kế hoạch giám sát";
    const string NeedsReport = "cần có dự thảo báo cáo kết quả giám sát";
    const string NeedsConclusion = "cần có kết luận";

    public static readonly IReadOnlyList<DocumentKind> Kinds =
    [
        new("quyet-dinh-thanh-lap-doan.docx", "Quyết định thành lập Đoàn giám sát", "QĐ-TTHĐND", (programme, today) => programme.Delegation?.DecisionDate ?? today,
            programme => programme.Delegation?.DecisionNumber, programme => programme.Delegation is null ? NeedsDelegation : null),
        new("ke-hoach-giam-sat.docx", "Kế hoạch giám sát", "KH-ĐGS", (programme, today) => programme.PlanAdoptedOn ?? today, _ => null,
            programme => programme.Plan is null ? NeedsPlan : null, ToAgencies: true),
        new("de-cuong-bao-cao.docx", "Đề cương báo cáo gửi cơ quan chịu giám sát", "ĐC-ĐGS", (programme, today) => programme.PlanAdoptedOn ?? today, _ => null,
            programme => programme.Plan is null ? NeedsPlan : null, ToAgencies: true),
        new("thong-bao-lich-lam-viec.docx", "Thông báo lịch làm việc", "TB-ĐGS", (_, today) => today, _ => null,
            programme => programme.Activities.Any(activity => activity.Status != ActivityStatus.Cancelled) ? null : "cần có lịch làm việc",
            Repeatable: true, ToAgencies: true),
        new("bien-ban-lam-viec.docx", "Biên bản buổi làm việc", "BB-ĐGS",
            (programme, today) => programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).Select(activity => (DateOnly?)activity.Date).Max() ?? today,
            _ => null, programme => programme.Activities.Any(activity => activity.Status == ActivityStatus.Held) ? null : "cần có buổi làm việc đã ghi biên bản",
            NeedsSession: true, ToAgencies: true),
        new("bao-cao-ket-qua-giam-sat.docx", "Báo cáo kết quả giám sát", "BC-ĐGS", (programme, today) => programme.Report?.ApprovedOn ?? today, _ => null,
            programme => programme.Report is null ? NeedsReport : null),
        new("thong-bao-ket-luan.docx", "Thông báo kết luận", "TB-ĐGS", (programme, today) => programme.Conclusion?.IssuedOn ?? today,
            programme => programme.Conclusion?.Number, programme => programme.Conclusion is null ? NeedsConclusion : null, ToAgencies: true),
        new("du-thao-nghi-quyet.docx", "Dự thảo Nghị quyết về kết quả giám sát", "NQ-HĐND", (_, today) => today, _ => null,
            programme => programme.Report is null ? NeedsReport : null),
        new("van-ban-don-doc.docx", "Văn bản đôn đốc thực hiện kiến nghị", "HĐND-VP", (_, today) => today, _ => null,
            programme => programme.Conclusion is null ? NeedsConclusion : null, Repeatable: true, ToAgencies: true),
        new("bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx", "Báo cáo tình hình thực hiện kiến nghị", "BC-ĐGS", (_, today) => today, _ => null,
            programme => programme.Conclusion is null ? NeedsConclusion : null, Repeatable: true),
    ];

    /// <summary>Why the document cannot be made from this programme yet, as a sentence ("Chưa lập được Thông báo kết luận: cần có kết luận."); null when it can.</summary>
    public static string? Unavailable(DocumentKind kind, Programme programme) =>
        kind.Needs(programme) is { } needs ? $"Chưa lập được {kind.Name}: {needs}." : null;

    /// <summary>The session whose minutes a document records: the one asked for, or else the latest that took place.</summary>
    public static Guid? SessionOf(DocumentKind kind, Programme programme, Guid? activityId) =>
        !kind.NeedsSession ? null
        : activityId ?? programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).OrderBy(activity => activity.Date).LastOrDefault()?.Id;

    public static DocumentKind? Find(string template) => Kinds.FirstOrDefault(kind => kind.Template == template);

    /// <summary>
    /// The programme as its documents show it: issued recommendations with their codes once the conclusion
    /// is out, the draft's recommendations (numbered as they will be coded) before; grouped by addressee.
    /// </summary>
    public static ProgrammeDocumentData Data(DocumentKind kind, Programme programme, IReadOnlyList<Recommendation> issued, DocumentSettings settings, DateOnly today,
        Guid? activityId = null)
    {
        var items = issued.Count > 0
            ? issued.Select(recommendation => (Agency: recommendation.AgencyName,
                Item: new RecommendationItem(recommendation.Code, recommendation.Text, recommendation.DueDate, recommendation.CoAgencies)))
            : programme.Recommendations.Select((draft, index) => (Agency: programme.AgencyName(draft.AgencyId), Item: new RecommendationItem(
                $"KN-{programme.Code}-{index + 1:00}", draft.Text, draft.DueDate, [.. draft.CoAgencyIds.Select(programme.AgencyName)])));
        var delegation = programme.Delegation;
        var number = kind.NumberOf(programme) ?? $"……/{settings.SymbolOf(kind)}";
        return new ProgrammeDocumentData(
            new IssuerData(settings.CouncilName, "Đoàn giám sát"),
            number,
            settings.Place,
            kind.DateOf(programme, today),
            new ProgrammeData(programme.Title, programme.Code, programme.Year, programme.PeriodUnderReview, programme.Scope, programme.LegalBases,
                programme.BodyName, [.. programme.Agencies.Select(agency => agency.Name)]),
            new DelegationData(delegation?.Head?.Name ?? "", delegation?.DecisionNumber, delegation?.DecisionDate,
                [.. (delegation?.Active ?? []).Select(member => new MemberData(member.Name, member.Position, Labels.Of(member.Role)))]),
            programme.Plan is { } plan
                ? new PlanData(plan.Purpose, plan.Contents, Labels.Of(plan.Methods), plan.OutlineSections,
                    [.. plan.ReportDeadlines.Select(deadline => new DeadlineData(programme.AgencyName(deadline.AgencyId), deadline.Deadline))])
                : null,
            [.. programme.Activities.Where(activity => activity.Status != ActivityStatus.Cancelled).OrderBy(activity => activity.Date)
                .Select(activity => new ActivityData(activity.Date, activity.Time?.ToString("HH\\:mm"), Labels.Of(activity.Kind), programme.AgencyName(activity.AgencyId), activity.Place))],
            programme.Report?.Sections ?? new ReportSections("", "", "", ""),
            [.. items.GroupBy(entry => entry.Agency).Select(group => new RecommendationGroup(group.Key, [.. group.Select(entry => entry.Item)]))],
            programme.Conclusion is { } issuedConclusion ? new ConclusionData(issuedConclusion.Number, issuedConclusion.IssuedOn, issuedConclusion.Remarks) : null,
            [.. programme.Agencies.Select(agency => agency.Name)],
            Session(programme, activityId));
    }

    /// <summary>The session asked for, or else the latest one that took place; none before the first minutes.</summary>
    static SessionData? Session(Programme programme, Guid? activityId)
    {
        var held = programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).ToList();
        var activity = activityId is { } id ? held.FirstOrDefault(candidate => candidate.Id == id) : held.OrderBy(candidate => candidate.Date).LastOrDefault();
        if (activity is null)
        {
            return null;
        }

        var members = activity.MemberIds.Select(member => programme.Delegation?.Members.FirstOrDefault(candidate => candidate.Id == member))
            .OfType<Member>().Select(member => $"{member.Name} ({Labels.Of(member.Role)})").ToList();
        var minutes = activity.Minutes;
        return new SessionData(activity.Date, activity.Time?.ToString("HH\\:mm"), Labels.Of(activity.Kind), programme.AgencyName(activity.AgencyId), activity.Place,
            members, activity.AgencyAttendees, minutes?.ReportPresented, minutes?.Questions, minutes?.Explanations, minutes?.Acceptances, minutes?.ConcludingRemarks);
    }
}
