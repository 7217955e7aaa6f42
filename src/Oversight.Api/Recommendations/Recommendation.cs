using Oversight.Audit;
using JasperFx.MultiTenancy;
using Oversight.Common;

namespace Oversight.Recommendations;

// The events of a recommendation's stream. The agency's claims (acknowledged, progress, done, explained,
// extension asked) and the council's decisions (verified, judged, extension decided, closed) are separate
// events, so the history always shows who said what.

/// <summary>What a recommendation can come from besides a programme's conclusion (each such form of oversight is a feature of its own).</summary>
public enum RecommendationSourceKind
{
    [Label("Cuộc giám sát")]
    Programme,
    [Label("Phiên giải trình")]
    Hearing,
    [Label("Chất vấn")]
    Questioning,
}

/// <summary>
/// Where a recommendation came from when it is not a programme's conclusion: the hearing or questioning whose conclusion
/// committed the agency to it, as the register shows it (kind, title, year, the body that holds it).
/// </summary>
public sealed record RecommendationSource(RecommendationSourceKind Kind, Guid Id, string Title, int Year, Programmes.OverseeingBody Body)
{
    /// <summary>The page of the source.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Link => Kind switch
    {
        RecommendationSourceKind.Programme => $"/cuoc-giam-sat/{Id}",
        RecommendationSourceKind.Hearing => $"/giai-trinh/{Id}",
        RecommendationSourceKind.Questioning => $"/chat-van/{Id}",
    };

    /// <summary>How the register names it: its kind, then its title.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Heading => $"{Labels.Of(Kind)}: {Title}";
}

/// <summary>
/// A recommendation (kiến nghị) went out with the conclusion, addressed to one agency. Each lives in a
/// stream of its own, where its follow-up is recorded. <see cref="ProgrammeId"/> is its programme, or the id of its
/// <see cref="Source"/> when it came from another form of oversight (a hearing, a questioning).
/// </summary>
public sealed record RecommendationIssued(
    Guid RecommendationId,
    Guid ProgrammeId,
    string Code,
    Guid AgencyId,
    string AgencyName,
    IReadOnlyList<string> CoAgencies,
    string Text,
    DateOnly DueDate,
    IReadOnlyList<Guid> FindingIds,
    string ConclusionNumber,
    DateOnly IssuedOn,
    Guid? DirectoryAgencyId = null,
    RecommendationSource? Source = null) : IFollowUpEvent
{
    public string Describe(EventContext context) =>
        $"Gửi kiến nghị {Code} tới {AgencyName}, hạn {VietnamTime.Format(DueDate)}{(Source is null ? "" : $" ({Source.Heading})")}";

    string? IFollowUpEvent.Details => null;

    DateOnly IFollowUpEvent.On => IssuedOn;
}

/// <summary>A recommendation issued before the council had a directory is addressed to the directory's agency of that id (its programme's agency was matched).</summary>
public sealed record RecommendationAgencyLinked(Guid RecommendationId, Guid ProgrammeId, Guid DirectoryAgencyId) : IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"Nối cơ quan nhận kiến nghị với danh bạ: {context.Programme?.Agencies.FirstOrDefault(agency => agency.DirectoryId == DirectoryAgencyId)?.Name ?? "cơ quan"}";
}

public sealed record RecommendationAcknowledged(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string? Note, string? DateReason = null) : IDated, IAgencyAnswer
{
    public string Describe(EventContext context) => "Cơ quan xác nhận đã nhận kiến nghị";

    string? IFollowUpEvent.Details => Note;
}

/// <summary>A file sent as evidence: kept as a document of its own, named here.</summary>
public sealed record EvidenceRef(Guid Id, string FileName, long Bytes, string Sha256);

public sealed record ProgressReported(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string Text, string? Figures, IReadOnlyList<EvidenceRef> Evidence,
    string? DateReason = null) : IDated, IAgencyAnswer
{
    public string Describe(EventContext context) =>
        $"Cơ quan báo cáo tiến độ thực hiện kiến nghị{(Figures is null ? "" : $" ({Figures})")}{EventContext.Files(Evidence)}";

    string? IFollowUpEvent.Details => Text;
}

public sealed record CompletionReported(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string Text, IReadOnlyList<EvidenceRef> Evidence, string? DateReason = null) : IDated, IAgencyAnswer
{
    public string Describe(EventContext context) => $"Cơ quan báo cáo đã thực hiện xong kiến nghị{EventContext.Files(Evidence)}";

    string? IFollowUpEvent.Details => Text;
}

public sealed record ExplanationSubmitted(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string Explanation, bool OutsideCompetence, string? DateReason = null) : IDated, IAgencyAnswer
{
    public string Describe(EventContext context) => OutsideCompetence ? "Cơ quan giải trình kiến nghị không thuộc thẩm quyền" : "Cơ quan giải trình về kiến nghị";

    string? IFollowUpEvent.Details => Explanation;
}

public enum Verdict
{
    [Label("Đã giải quyết")]
    Resolved,
    [Label("Giải quyết một phần")]
    PartlyResolved,
    [Label("Chưa đạt, tiếp tục thực hiện")]
    NotSatisfactory,
}

public sealed record CompletionVerified(Guid RecommendationId, Guid ProgrammeId, DateOnly On, Verdict Verdict, string? Remarks) : IFollowUpEvent
{
    public string Describe(EventContext context) => $"Xác minh kết quả thực hiện kiến nghị: {Labels.Of(Verdict).ToLowerInvariant()}";

    string? IFollowUpEvent.Details => Remarks;
}

public sealed record ExplanationJudged(Guid RecommendationId, Guid ProgrammeId, DateOnly On, bool Accepted, string? Remarks) : IFollowUpEvent
{
    public string Describe(EventContext context) => Accepted ? "Chấp nhận giải trình của cơ quan" : "Không chấp nhận giải trình của cơ quan";

    string? IFollowUpEvent.Details => Remarks;
}

public sealed record ExtensionRequested(Guid RecommendationId, Guid ProgrammeId, DateOnly On, DateOnly ProposedDueDate, string Reason) : IAgencyAnswer
{
    public string Describe(EventContext context) => $"Cơ quan đề nghị gia hạn kiến nghị đến {VietnamTime.Format(ProposedDueDate)}";

    string? IFollowUpEvent.Details => Reason;
}

public sealed record ExtensionGranted(Guid RecommendationId, Guid ProgrammeId, DateOnly On, DateOnly NewDueDate, string? Remarks) : IFollowUpEvent
{
    public string Describe(EventContext context) => $"Đồng ý gia hạn kiến nghị đến {VietnamTime.Format(NewDueDate)}";

    string? IFollowUpEvent.Details => Remarks;
}

public sealed record ExtensionRefused(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string Reason) : IFollowUpEvent
{
    public string Describe(EventContext context) => "Không đồng ý gia hạn kiến nghị";

    string? IFollowUpEvent.Details => Reason;
}

public sealed record RecommendationClosed(Guid RecommendationId, Guid ProgrammeId, DateOnly On, string? Note) : IFollowUpEvent
{
    public string Describe(EventContext context) => "Đóng theo dõi kiến nghị";

    string? IFollowUpEvent.Details => Note;
}

/// <summary>The ladder for a recommendation that is not carried out (domain.md §1.2 step 13): the system proposes the next rung, the secretariat decides.</summary>
public enum EscalationStep
{
    [Label("Đôn đốc lần 1")]
    FirstReminder,
    [Label("Đôn đốc lần tiếp")]
    FurtherReminder,
    [Label("Kiến nghị cấp có thẩm quyền xử lý")]
    ReferToCompetentAuthority,
    [Label("Đưa vào phiên giải trình")]
    ExplanationSession,
    [Label("Đưa vào chất vấn")]
    Questioning,
    [Label("Giám sát lại")]
    ReOversight,
    [Label("Báo cáo HĐND xem xét")]
    ReportToCouncil,
}

public sealed record EscalationDecided(Guid RecommendationId, Guid ProgrammeId, DateOnly On, EscalationStep Step, string? Note) : IFollowUpEvent
{
    public string Describe(EventContext context) => $"Quyết định xử lý kiến nghị quá hạn: {Labels.Of(Step).ToLowerInvariant()}";

    string? IFollowUpEvent.Details => Note;
}

public enum RecommendationStatus
{
    [Label("Đã ban hành")]
    Issued,
    [Label("Cơ quan đã nhận")]
    Acknowledged,
    [Label("Đang thực hiện")]
    InProgress,
    /// <summary>The agency says it is done; the council has not verified it yet.</summary>
    [Label("Cơ quan báo đã xong, chờ xác minh")]
    ReportedDone,
    /// <summary>The agency explains it cannot or need not (e.g. not within its competence); the council has not judged it yet.</summary>
    [Label("Cơ quan giải trình, chờ xem xét")]
    ExplanationSubmitted,
    [Label("Đã giải quyết")]
    Resolved,
    [Label("Giải quyết một phần")]
    PartlyResolved,
    /// <summary>The council accepted the agency's explanation.</summary>
    [Label("Đã giải trình (được chấp nhận)")]
    Explained,
    [Label("Đã đóng")]
    Closed,
}

/// <summary>A due date and why it became the due date: the conclusion that set it, or the extension the agency asked for.</summary>
public sealed record DueDateChange(DateOnly DueDate, DateOnly Since, string? ConclusionNumber, string? ExtensionReason)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Why => ConclusionNumber is { } number ? $"Theo kết luận số {number}" : $"Gia hạn theo đề nghị của cơ quan: {ExtensionReason}";
}

public sealed record PendingExtension(DateOnly RequestedOn, DateOnly ProposedDueDate, string Reason);

/// <summary>One entry of the recommendation's follow-up, as people read it (built from its event when read).</summary>
public sealed record FollowUpEntry(DateOnly On, string What, string? Text, IReadOnlyList<EvidenceRef> Evidence);

/// <summary>An event of a recommendation's follow-up: the day it bears, what was written with it, and the files sent.</summary>
public interface IFollowUpEvent : IDescribedEvent
{
    DateOnly On { get; }

    string? Details { get; }

    IReadOnlyList<EvidenceRef> Evidence => [];
}

/// <summary>What the agency itself says of a recommendation (acknowledgement, progress, completion, explanation, a request for time).</summary>
public interface IAgencyAnswer : IFollowUpEvent;

public sealed class Recommendation : ITenanted, Accounts.IAccessTarget
{
    public Guid Id { get; set; }

    /// <summary>The council (Marten fills it in); lets a province count its communes' work without reading it.</summary>
    public string? TenantId { get; set; }
    /// <summary>The programme, or the id of the <see cref="Source"/> the recommendation came from.</summary>
    public Guid ProgrammeId { get; set; }
    /// <summary>The hearing or questioning the recommendation came from; null for a programme's.</summary>
    public RecommendationSource? Source { get; set; }
    /// <summary>Stable code printed on documents, e.g. KN-2024-002-03 (year, programme, position).</summary>
    public string Code { get; set; } = "";
    /// <summary>The agency as its programme refers to it (<see cref="Programmes.AgencyRef.Id"/>).</summary>
    public Guid AgencyId { get; set; }
    /// <summary>The agency's name when the recommendation was issued (documents and history keep it).</summary>
    public string AgencyName { get; set; } = "";
    /// <summary>The agency in the council's directory, whose accounts answer the recommendation.</summary>
    public Guid? DirectoryAgencyId { get; set; }
    public List<string> CoAgencies { get; set; } = [];
    public string Text { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public List<Guid> FindingIds { get; set; } = [];
    public string ConclusionNumber { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public RecommendationStatus Status { get; set; }
    public List<DueDateChange> DueDates { get; set; } = [];
    public PendingExtension? Extension { get; set; }
    /// <summary>When the agency last reported it done (the claim the council verifies).</summary>
    public DateOnly? ReportedDoneOn { get; set; }
    /// <summary>When the council found it resolved, partly resolved or explained.</summary>
    public DateOnly? SettledOn { get; set; }
    public List<EscalationDecided> Escalations { get; set; } = [];
    /// <summary>The reminders already sent, so that one delivered twice (at-least-once messaging) tells nobody twice.</summary>
    public List<Reminders.ReminderMoment> RemindersSent { get; set; } = [];

    public static Recommendation Create(RecommendationIssued issued) => new()
    {
        Id = issued.RecommendationId,
        ProgrammeId = issued.ProgrammeId,
        Source = issued.Source,
        Code = issued.Code,
        AgencyId = issued.AgencyId,
        AgencyName = issued.AgencyName,
        DirectoryAgencyId = issued.DirectoryAgencyId,
        CoAgencies = [.. issued.CoAgencies],
        Text = issued.Text,
        DueDate = issued.DueDate,
        FindingIds = [.. issued.FindingIds],
        ConclusionNumber = issued.ConclusionNumber,
        IssuedOn = issued.IssuedOn,
        Status = RecommendationStatus.Issued,
        DueDates = [new DueDateChange(issued.DueDate, issued.IssuedOn, issued.ConclusionNumber, null)],
    };

    public void Apply(RecommendationAgencyLinked e) => DirectoryAgencyId = e.DirectoryAgencyId;

    public void Apply(RecommendationAcknowledged e)
    {
        Status = RecommendationStatus.Acknowledged;
    }

    public void Apply(ProgressReported e)
    {
        Status = RecommendationStatus.InProgress;
    }

    public void Apply(CompletionReported e)
    {
        Status = RecommendationStatus.ReportedDone;
        ReportedDoneOn = e.On;
    }

    public void Apply(ExplanationSubmitted e)
    {
        Status = RecommendationStatus.ExplanationSubmitted;
        ReportedDoneOn = e.On;
    }

    public void Apply(CompletionVerified e)
    {
        Status = StatusAfter(e.Verdict);
        SettledOn = e.Verdict == Verdict.NotSatisfactory ? null : e.On;
    }

    public void Apply(ExplanationJudged e)
    {
        Status = StatusAfter(e);
        SettledOn = e.Accepted ? e.On : null;
    }

    public void Apply(ExtensionRequested e)
    {
        Extension = new PendingExtension(e.On, e.ProposedDueDate, e.Reason);
    }

    public void Apply(ExtensionGranted e)
    {
        DueDate = e.NewDueDate;
        DueDates.Add(new DueDateChange(e.NewDueDate, e.On, null, Extension?.Reason ?? ""));
        Extension = null;
    }

    public void Apply(ExtensionRefused e)
    {
        Extension = null;
    }

    public void Apply(Reminders.ReminderSent e)
    {
        RemindersSent.Add(new Reminders.ReminderMoment(e.DueDate, e.WorkingDaysBefore));
    }

    public void Apply(EscalationDecided e)
    {
        Escalations.Add(e);
    }

    /// <summary>An agency user acts on the recommendations addressed to their agency.</summary>
    public bool Admits(Accounts.Actor actor) => actor.Role == Accounts.Role.AgencyUser && actor.IsOwnAgency(DirectoryAgencyId);

    /// <summary>The rung the system proposes for an overdue recommendation: the one after the last decided (a further reminder may repeat).</summary>
    public EscalationStep? ProposedEscalation(DateOnly today, WorkingCalendar calendar) => !IsOverdue(today, calendar)
        ? null
        : Escalations.LastOrDefault()?.Step switch
        {
            null => EscalationStep.FirstReminder,
            EscalationStep.ReportToCouncil => null,
            var last => last + 1,
        };


    public void Apply(RecommendationClosed e)
    {
        Status = RecommendationStatus.Closed;
    }

    public static RecommendationStatus StatusAfter(Verdict verdict) => verdict switch
    {
        Verdict.Resolved => RecommendationStatus.Resolved,
        Verdict.PartlyResolved => RecommendationStatus.PartlyResolved,
        Verdict.NotSatisfactory => RecommendationStatus.InProgress,
    };

    public static RecommendationStatus StatusAfter(ExplanationJudged judged) =>
        judged.Accepted ? RecommendationStatus.Explained : RecommendationStatus.InProgress;

    /// <summary>Still the agency's to do: nothing claimed, or the claim was turned down.</summary>
    public bool AwaitsAgency => Awaits(Status);

    public static bool Awaits(RecommendationStatus status) => status is RecommendationStatus.Issued or RecommendationStatus.Acknowledged
        or RecommendationStatus.InProgress or RecommendationStatus.PartlyResolved;

    /// <summary>Past its due date (moved to the next working day when it falls on a day off) with nothing accepted or pending from the agency.</summary>
    public static bool IsOverdue(RecommendationStatus status, DateOnly dueDate, DateOnly today, WorkingCalendar calendar) =>
        Awaits(status) && today > calendar.Effective(dueDate);

    public bool IsOverdue(DateOnly today, WorkingCalendar calendar) => IsOverdue(Status, DueDate, today, calendar);


}
