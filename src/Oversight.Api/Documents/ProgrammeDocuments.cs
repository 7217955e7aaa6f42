using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;

namespace Oversight.Documents;

/// <summary>
/// Everything a programme's document templates may read, in their snake_case names
/// (e.g. <c>programme.title</c>, <c>plan.report_deadlines</c>, <c>recommendation_groups</c>).
/// </summary>
public sealed record ProgrammeDocumentData(
    IssuerData Issuer,
    string DocumentNumber,
    string Place,
    DateOnly Date,
    ProgrammeData Programme,
    DelegationData Delegation,
    PlanData? Plan,
    IReadOnlyList<ActivityData> Activities,
    ReportSections Report,
    IReadOnlyList<RecommendationGroup> RecommendationGroups,
    ConclusionData? Conclusion,
    IReadOnlyList<string> Recipients,
    SessionData? Session);

public sealed record IssuerData(string Parent, string Name);

public sealed record ProgrammeData(string Title, string Code, int Year, string? PeriodUnderReview, string? Scope, IReadOnlyList<string> LegalBases, string Body,
    IReadOnlyList<string> Agencies);

public sealed record MemberData(string Name, string? Position, string Role);

public sealed record DelegationData(string Head, string? DecisionNumber, DateOnly? DecisionDate, IReadOnlyList<MemberData> Members);

public sealed record DeadlineData(string Agency, DateOnly Deadline);

public sealed record PlanData(string Purpose, string Contents, string Methods, IReadOnlyList<string> Outline, IReadOnlyList<DeadlineData> ReportDeadlines);

public sealed record ActivityData(DateOnly Date, string? Time, string Kind, string Agency, string Place);

/// <summary>A session or survey that took place, with its minutes: what the minutes (biên bản) template reads.</summary>
public sealed record SessionData(DateOnly Date, string? Time, string Kind, string Agency, string Place, IReadOnlyList<string> Members, string? AgencyAttendees,
    string? ReportPresented, string? Questions, string? Explanations, string? Acceptances, string? ConcludingRemarks);

public sealed record RecommendationItem(string Code, string Text, DateOnly? DueDate, IReadOnlyList<string> CoAgencies);

public sealed record RecommendationGroup(string Agency, IReadOnlyList<RecommendationItem> Items);

public sealed record ConclusionData(string Number, DateOnly IssuedOn, string Remarks);

/// <summary>
/// A document the secretariat generates from a programme: its template, the symbol of its number, its
/// date, and its number once the programme's record has one (until then the number is left to fill in).
/// <see cref="Needs"/> says what the programme must have before the document can be made ("cần có kết luận"),
/// or null when its data exists. A document is issued once (a second issue is a replacement, with a reason),
/// except the <see cref="Repeatable"/> ones, which a programme sends again and again (schedule notices, reminders
/// to agencies, status reports): each issue of those is a new document.
/// </summary>
public sealed record DocumentKind(string Template, string Name, string Symbol, Func<Programme, DateOnly, DateOnly> DateOf, Func<Programme, string?> NumberOf,
    Func<Programme, string?> Needs, bool NeedsSession = false, bool Repeatable = false);

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
            programme => programme.Plan is null ? NeedsPlan : null),
        new("de-cuong-bao-cao.docx", "Đề cương báo cáo gửi cơ quan chịu giám sát", "ĐC-ĐGS", (programme, today) => programme.PlanAdoptedOn ?? today, _ => null,
            programme => programme.Plan is null ? NeedsPlan : null),
        new("thong-bao-lich-lam-viec.docx", "Thông báo lịch làm việc", "TB-ĐGS", (_, today) => today, _ => null,
            programme => programme.Activities.Any(activity => activity.Status != ActivityStatus.Cancelled) ? null : "cần có lịch làm việc",
            Repeatable: true),
        new("bien-ban-lam-viec.docx", "Biên bản buổi làm việc", "BB-ĐGS",
            (programme, today) => programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).Select(activity => (DateOnly?)activity.Date).Max() ?? today,
            _ => null, programme => programme.Activities.Any(activity => activity.Status == ActivityStatus.Held) ? null : "cần có buổi làm việc đã ghi biên bản",
            NeedsSession: true),
        new("bao-cao-ket-qua-giam-sat.docx", "Báo cáo kết quả giám sát", "BC-ĐGS", (programme, today) => programme.Report?.ApprovedOn ?? today, _ => null,
            programme => programme.Report is null ? NeedsReport : null),
        new("thong-bao-ket-luan.docx", "Thông báo kết luận", "TB-ĐGS", (programme, today) => programme.Conclusion?.IssuedOn ?? today,
            programme => programme.Conclusion?.Number, programme => programme.Conclusion is null ? NeedsConclusion : null),
        new("du-thao-nghi-quyet.docx", "Dự thảo Nghị quyết về kết quả giám sát", "NQ-HĐND", (_, today) => today, _ => null,
            programme => programme.Report is null ? NeedsReport : null),
        new("van-ban-don-doc.docx", "Văn bản đôn đốc thực hiện kiến nghị", "HĐND-VP", (_, today) => today, _ => null,
            programme => programme.Conclusion is null ? NeedsConclusion : null, Repeatable: true),
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
                Labels.Body(programme), [.. programme.Agencies.Select(agency => agency.Name)]),
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
