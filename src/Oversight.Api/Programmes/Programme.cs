using Oversight.Audit;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Oversight.Common;

namespace Oversight.Programmes;

// The events of a programme stream. Every one names its programme first; who recorded it and when
// are event metadata (user name, timestamp), not fields.

/// <summary>An oversight programme (cuộc giám sát chuyên đề) was created, from the annual programme or ad hoc.</summary>
public sealed record ProgrammeCreated(
    Guid ProgrammeId,
    int Number,
    string Title,
    int Year,
    string? Scope,
    IReadOnlyList<string> LegalBases,
    OverseeingBody Body,
    string? BodyUnit,
    string? PeriodUnderReview,
    IReadOnlyList<AgencyRef> Agencies,
    AnnualProgrammeEntry? Origin,
    IReadOnlyList<Guid>? Revisits = null,
    Guid? CommitteeId = null) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Tạo cuộc giám sát “{Title}” (số {Year}-{Number:000})";
}

/// <summary>
/// An agency the programme named before the council had a directory is now the directory's agency of that id (matched by name,
/// or picked by the secretariat); the programme keeps the name it wrote.
/// </summary>
public sealed record ProgrammeAgencyLinked(Guid ProgrammeId, Guid AgencyRefId, Guid DirectoryId, string DirectoryName) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Nối cơ quan “{context.Agency(AgencyRefId)}” với cơ quan trong danh bạ: {DirectoryName}";
}

/// <summary>The committee the programme named as text before the directory is now the directory's committee of that id.</summary>
public sealed record ProgrammeCommitteeLinked(Guid ProgrammeId, Guid CommitteeId, string CommitteeName) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Nối Ban “{context.Programme?.BodyUnit}” với Ban trong danh bạ: {CommitteeName}";
}

/// <summary>Events that record a date of something that happened keep why it was recorded after that day (<see cref="Common.HappenedOn"/>).</summary>
public sealed record DelegationEstablished(Guid ProgrammeId, string DecisionNumber, DateOnly DecisionDate, string Signer, IReadOnlyList<Member> Members,
    string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Thành lập Đoàn giám sát theo Quyết định số {DecisionNumber} ngày {VietnamTime.Format(DecisionDate)}, gồm {Members.Count} người";
}

public sealed record DelegationMemberAdded(Guid ProgrammeId, Member Member, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Bổ sung {Member.Name} vào Đoàn: {Reason}";
}

public sealed record DelegationMemberRemoved(Guid ProgrammeId, Guid MemberId, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Rút tên {context.Member(MemberId)} khỏi Đoàn: {Reason}";
}

/// <summary>The plan was adopted; <see cref="AdoptedOn"/> is the date the plan document bears.</summary>
public sealed record PlanAdopted(Guid ProgrammeId, Plan Plan, DateOnly AdoptedOn, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => "Ban hành kế hoạch giám sát và đề cương báo cáo";
}

public sealed record PlanRevised(Guid ProgrammeId, Plan Plan, int Version, string? Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Sửa kế hoạch giám sát (phiên bản {Version}){(Reason is null ? "" : $": {Reason}")}";
}

public sealed record AgencyReportReceived(Guid ProgrammeId, Guid AgencyId, DateOnly ReceivedOn, string DocumentNumber, string Summary, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Nhận báo cáo số {DocumentNumber} của {context.Agency(AgencyId)} ngày {VietnamTime.Format(ReceivedOn)}";
}

public sealed record SupplementaryReportRequested(Guid ProgrammeId, Guid AgencyId, DateOnly Deadline, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Yêu cầu {context.Agency(AgencyId)} báo cáo bổ sung trước ngày {VietnamTime.Format(Deadline)}";
}

public sealed record ActivityScheduled(
    Guid ProgrammeId,
    Guid ActivityId,
    ActivityKind Kind,
    DateOnly Date,
    TimeOnly? Time,
    string Place,
    Guid AgencyId,
    IReadOnlyList<Guid> MemberIds,
    string? AgencyAttendees,
    DateOnly NotifiedOn,
    string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Xếp lịch {Labels.Phrase(Kind)} {context.Agency(AgencyId)} ngày {VietnamTime.Format(Date)}";
}

public sealed record ActivityPostponed(Guid ProgrammeId, Guid ActivityId, DateOnly NewDate, TimeOnly? NewTime, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Hoãn buổi làm việc sang ngày {VietnamTime.Format(NewDate)}: {Reason}";
}

public sealed record ActivityCancelled(Guid ProgrammeId, Guid ActivityId, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Hủy buổi làm việc: {Reason}";
}

public sealed record ActivityHeld(Guid ProgrammeId, Guid ActivityId, Minutes Minutes) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Ghi biên bản buổi {context.Activity(ActivityId)}";
}

public sealed record MinutesRevised(Guid ProgrammeId, Guid ActivityId, Minutes Minutes) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Sửa biên bản buổi {context.Activity(ActivityId)}";
}

public sealed record FieldworkEnded(Guid ProgrammeId, DateOnly EndedOn, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Kết thúc giai đoạn làm việc ngày {VietnamTime.Format(EndedOn)}";
}

public sealed record DraftReportAssembled(Guid ProgrammeId, ReportSections Sections) : IDescribedEvent
{
    public string Describe(EventContext context) => "Lập dự thảo báo cáo kết quả giám sát từ các ý kiến";
}

public sealed record DraftReportEdited(Guid ProgrammeId, ReportSections Sections, int Version) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Sửa dự thảo báo cáo (phiên bản {Version})";
}

public sealed record DraftReportCirculated(Guid ProgrammeId, string? Note) : IDescribedEvent
{
    public string Describe(EventContext context) => "Gửi dự thảo báo cáo xin ý kiến";
}

/// <summary>A member of the delegation commented on a section of the circulated draft (on the version they read).</summary>
public sealed record DraftCommentMade(Guid ProgrammeId, Guid CommentId, ReportSection Section, string Text, Guid AuthorId, string AuthorName, int ReportVersion)
    : IDescribedEvent
{
    public string Describe(EventContext context) => $"{AuthorName} góp ý phần “{Labels.Of(Section)}” của dự thảo báo cáo (phiên bản {ReportVersion})";
}

/// <summary>The secretary answered a comment, or took it into the draft.</summary>
public sealed record DraftCommentAnswered(Guid ProgrammeId, Guid CommentId, CommentOutcome Outcome, string? Reply) : IDescribedEvent
{
    public string Describe(EventContext context)
    {
        var author = context.Programme?.Report?.Comments.FirstOrDefault(comment => comment.Id == CommentId)?.AuthorName ?? "thành viên Đoàn";
        return Outcome == CommentOutcome.TakenIn ? $"Tiếp thu góp ý của {author} vào dự thảo báo cáo" : $"Trả lời góp ý của {author} về dự thảo báo cáo";
    }
}

/// <summary>The secretary put the draft to the head of delegation for approval.</summary>
public sealed record DraftReportSubmitted(Guid ProgrammeId, string? Note) : IDescribedEvent
{
    public string Describe(EventContext context) => "Trình Trưởng đoàn duyệt báo cáo kết quả giám sát";
}

/// <summary>
/// The head of delegation approved the report: from their own account (<see cref="ByHead"/>), or on paper, which the secretariat
/// recorded with the date the head signed it.
/// </summary>
public sealed record DraftReportApproved(Guid ProgrammeId, DateOnly ApprovedOn, string? DateReason = null, Guid? HeadId = null, bool ByHead = false)
    : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => ByHead
        ? $"Trưởng đoàn{(HeadId is { } head ? " " + context.Member(head) : "")} duyệt báo cáo kết quả giám sát trên hệ thống"
        : $"Ghi nhận Trưởng đoàn đã duyệt báo cáo kết quả giám sát trên giấy ngày {VietnamTime.Format(ApprovedOn)}";
}

public sealed record RecommendationDrafted(
    Guid ProgrammeId,
    Guid RecommendationId,
    Guid AgencyId,
    IReadOnlyList<Guid> CoAgencyIds,
    string Text,
    DateOnly? DueDate,
    IReadOnlyList<Guid> FindingIds) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Thêm kiến nghị gửi {context.Agency(AgencyId)}";
}

public sealed record RecommendationRevised(
    Guid ProgrammeId,
    Guid RecommendationId,
    Guid AgencyId,
    IReadOnlyList<Guid> CoAgencyIds,
    string Text,
    DateOnly? DueDate,
    IReadOnlyList<Guid> FindingIds) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Sửa kiến nghị gửi {context.Agency(AgencyId)}";
}

public sealed record RecommendationWithdrawn(Guid ProgrammeId, Guid RecommendationId) : IDescribedEvent
{
    public string Describe(EventContext context) => "Bỏ một kiến nghị khỏi dự thảo";
}

/// <summary>The draft's whole list of recommendations, in order, as one edit replaced it (those left out are dropped).</summary>
public sealed record DraftRecommendationsReplaced(Guid ProgrammeId, IReadOnlyList<RecommendationDraft> Recommendations) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Thay danh sách kiến nghị của dự thảo ({Recommendations.Count} kiến nghị)";
}

public sealed record ConclusionIssued(Guid ProgrammeId, string Number, DateOnly IssuedOn, string Remarks, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Ban hành kết luận số {Number} ngày {VietnamTime.Format(IssuedOn)}";
}

public sealed record FollowUpStarted(Guid ProgrammeId) : IDescribedEvent
{
    public string Describe(EventContext context) => "Bắt đầu theo dõi thực hiện kiến nghị";
}

/// <summary>
/// A document of the programme was issued: its number from the register, its date, and the fingerprint of the exact file kept; minutes name
/// their session; a replacement (văn bản thay thế) names the document it replaces and why.
/// </summary>
public sealed record DocumentIssued(
    Guid ProgrammeId,
    Guid DocumentId,
    string Template,
    string Number,
    DateOnly IssuedOn,
    string Sha256,
    string TemplateSha256,
    string? DateReason = null,
    Guid? ActivityId = null,
    Guid? Replaces = null,
    string? ReplacementReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"Ban hành {(Replaces is null ? "" : "văn bản thay thế: ")}{Documents.ProgrammeDocuments.Find(Template)?.Name.ToLowerInvariant() ?? Template} số {Number} ngày {VietnamTime.Format(IssuedOn)}"
        + (Replaces is { } replaced ? $", thay thế số {context.Programme?.IssuedDocuments.FirstOrDefault(document => document.Id == replaced)?.Number}: {ReplacementReason}" : "");
}

/// <summary>The conclusion and the state of its recommendations go on the public page (the law in force says which article requires it: templates/legal-bases.json).</summary>
public sealed record ConclusionPublished(Guid ProgrammeId, DateOnly On) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Công khai kết luận và tình hình thực hiện kiến nghị từ ngày {VietnamTime.Format(On)}";
}

/// <summary>The conclusion was taken off the public page, and why; it may be published again later.</summary>
public sealed record PublicationWithdrawn(Guid ProgrammeId, DateOnly On, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Rút kết luận khỏi trang công khai ngày {VietnamTime.Format(On)}: {Reason}";
}

public sealed record ProgrammeClosed(Guid ProgrammeId, string? Note) : IDescribedEvent
{
    public string Describe(EventContext context) => "Đóng hồ sơ cuộc giám sát";
}

public sealed record ProgrammePostponed(Guid ProgrammeId, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Tạm hoãn cuộc giám sát: {Reason}";
}

public sealed record ProgrammeResumed(Guid ProgrammeId) : IDescribedEvent
{
    public string Describe(EventContext context) => "Tiếp tục cuộc giám sát";
}

public sealed record ProgrammeCancelled(Guid ProgrammeId, string Reason) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Hủy cuộc giám sát: {Reason}";
}

/// <summary>
/// A programme as its events made it: the state its commands decide on and, stored inline as a
/// document, what its pages and the API read.
/// </summary>
public sealed class Programme : ITenanted, Accounts.IAccessTarget
{
    public Guid Id { get; set; }

    /// <summary>The council (Marten fills it in); lets a province count its communes' work without reading it.</summary>
    public string? TenantId { get; set; }
    public int Number { get; set; }
    public string Code => CodeOf(Year, Number);
    public static string CodeOf(int year, int number) => $"{year}-{number:000}";
    public string Title { get; set; } = "";
    public int Year { get; set; }
    public string? Scope { get; set; }
    public List<string> LegalBases { get; set; } = [];
    public OverseeingBody Body { get; set; }
    /// <summary>The committee's or deputy group's name as the programme was created with it (kept when the directory's changes).</summary>
    public string? BodyUnit { get; set; }
    /// <summary>For a committee's oversight: the committee in the council's directory.</summary>
    public Guid? CommitteeId { get; set; }
    public string? PeriodUnderReview { get; set; }
    public List<AgencyRef> Agencies { get; set; } = [];
    public AnnualProgrammeEntry? Origin { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public ProgrammeStatus Status { get; set; }
    /// <summary>The status to return to when a postponed programme resumes.</summary>
    public ProgrammeStatus? StatusBeforePostponement { get; set; }
    public string? StatusReason { get; set; }

    public Delegation? Delegation { get; set; }
    public Plan? Plan { get; set; }
    public int PlanVersion { get; set; }
    public DateOnly? PlanAdoptedOn { get; set; }
    public List<ReportRequest> ReportRequests { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public DateOnly? FieldworkEndedOn { get; set; }
    public DraftReport? Report { get; set; }
    public List<RecommendationDraft> Recommendations { get; set; } = [];
    public Conclusion? Conclusion { get; set; }
    /// <summary>For a re-oversight (giám sát lại): the earlier recommendations it looks at again.</summary>
    public List<Guid> Revisits { get; set; } = [];

    /// <summary>When the conclusion was made public; only then does the public page show the programme.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The latest withdrawal from the public page, shown to the council's staff until the conclusion is published again.</summary>
    public PublicationWithdrawal? Withdrawal { get; set; }
    public string? ClosingNote { get; set; }
    public List<IssuedDocumentRef> IssuedDocuments { get; set; } = [];

    public static Programme Create(IEvent<ProgrammeCreated> created)
    {
        var data = created.Data;
        return new Programme
        {
            Id = data.ProgrammeId,
            Number = data.Number,
            Title = data.Title,
            Year = data.Year,
            Scope = data.Scope,
            LegalBases = [.. data.LegalBases],
            Body = data.Body,
            BodyUnit = data.BodyUnit,
            CommitteeId = data.CommitteeId,
            PeriodUnderReview = data.PeriodUnderReview,
            Agencies = [.. data.Agencies],
            Origin = data.Origin,
            Revisits = [.. data.Revisits ?? []],
            CreatedAt = created.Timestamp,
            Status = ProgrammeStatus.Proposed,
        };
    }

    public void Apply(ProgrammeAgencyLinked e)
    {
        var index = Agencies.FindIndex(agency => agency.Id == e.AgencyRefId);
        Agencies[index] = Agencies[index] with { DirectoryId = e.DirectoryId };
    }

    public void Apply(ProgrammeCommitteeLinked e) => CommitteeId = e.CommitteeId;

    public void Apply(DelegationEstablished e)
    {
        Delegation = new Delegation(e.DecisionNumber, e.DecisionDate, e.Signer, [.. e.Members]);
        Status = ProgrammeStatus.DelegationEstablished;
    }

    public void Apply(DelegationMemberAdded e) => Delegation!.Members.Add(e.Member);

    public void Apply(DelegationMemberRemoved e)
    {
        var index = Delegation!.Members.FindIndex(member => member.Id == e.MemberId);
        Delegation.Members[index] = Delegation.Members[index] with { RemovedReason = e.Reason };
    }

    public void Apply(PlanAdopted adopted)
    {
        Plan = adopted.Plan;
        PlanVersion = 1;
        PlanAdoptedOn = adopted.AdoptedOn;
        ReportRequests = [.. adopted.Plan.ReportDeadlines.Select(deadline => new ReportRequest(deadline.AgencyId, deadline.Deadline, []))];
        Status = ProgrammeStatus.Planned;
    }

    public void Apply(PlanRevised e)
    {
        Plan = e.Plan;
        PlanVersion = e.Version;
        ReportRequests = [.. e.Plan.ReportDeadlines.Select(deadline =>
            ReportRequests.FirstOrDefault(request => request.AgencyId == deadline.AgencyId) is { } existing
                ? existing with { Deadline = existing.SupplementaryReason is null ? deadline.Deadline : existing.Deadline }
                : new ReportRequest(deadline.AgencyId, deadline.Deadline, []))];
    }

    public void Apply(AgencyReportReceived e) =>
        UpdateRequest(e.AgencyId, request => request with
        {
            Receipts = [.. request.Receipts, new ReportReceipt(e.ReceivedOn, e.DocumentNumber, e.Summary)],
            SupplementaryReason = null,
        });

    public void Apply(SupplementaryReportRequested e) =>
        UpdateRequest(e.AgencyId, request => request with { Deadline = e.Deadline, SupplementaryReason = e.Reason });

    public void Apply(ActivityScheduled e) =>
        Activities.Add(new Activity(e.ActivityId, e.Kind, e.Date, e.Time, e.Place, e.AgencyId, [.. e.MemberIds], e.AgencyAttendees,
            ActivityStatus.Scheduled, e.NotifiedOn, null, null));

    public void Apply(ActivityPostponed e) =>
        UpdateActivity(e.ActivityId, activity => activity with { Date = e.NewDate, Time = e.NewTime, ChangeReason = e.Reason });

    public void Apply(ActivityCancelled e) =>
        UpdateActivity(e.ActivityId, activity => activity with { Status = ActivityStatus.Cancelled, ChangeReason = e.Reason });

    public void Apply(ActivityHeld e)
    {
        UpdateActivity(e.ActivityId, activity => activity with { Status = ActivityStatus.Held, Minutes = e.Minutes });
        Status = ProgrammeStatus.InProgress;
    }

    public void Apply(MinutesRevised e) => UpdateActivity(e.ActivityId, activity => activity with { Minutes = e.Minutes });

    public void Apply(FieldworkEnded e)
    {
        FieldworkEndedOn = e.EndedOn;
        Status = ProgrammeStatus.Reporting;
    }

    public void Apply(DraftReportAssembled e) => Report = new DraftReport(e.Sections, ReportStatus.Drafting, 1);

    public void Apply(DraftReportEdited e) => Report = Report! with { Sections = e.Sections, Version = e.Version };

    public void Apply(DraftReportCirculated _) => Report = Report! with { Status = ReportStatus.Circulated };

    public void Apply(IEvent<DraftCommentMade> made) => Report = Report! with
    {
        Comments =
        [
            .. Report.Comments,
            new DraftComment(made.Data.CommentId, made.Data.Section, made.Data.Text, made.Data.AuthorId, made.Data.AuthorName, made.Data.ReportVersion,
                made.Timestamp),
        ],
    };

    public void Apply(DraftCommentAnswered e) => Report = Report! with
    {
        Comments = [.. Report.Comments.Select(comment => comment.Id == e.CommentId ? comment with { Outcome = e.Outcome, Reply = e.Reply } : comment)],
    };

    public void Apply(DraftReportSubmitted _) => Report = Report! with { Status = ReportStatus.AwaitingApproval };

    public void Apply(DraftReportApproved approved) =>
        Report = Report! with { Status = ReportStatus.Approved, ApprovedOn = approved.ApprovedOn, ApprovedByHead = approved.ByHead };

    public void Apply(RecommendationDrafted e) =>
        Recommendations.Add(new RecommendationDraft(e.RecommendationId, e.AgencyId, [.. e.CoAgencyIds], e.Text, e.DueDate, [.. e.FindingIds]));

    public void Apply(RecommendationRevised e)
    {
        var index = Recommendations.FindIndex(recommendation => recommendation.Id == e.RecommendationId);
        Recommendations[index] = new RecommendationDraft(e.RecommendationId, e.AgencyId, [.. e.CoAgencyIds], e.Text, e.DueDate, [.. e.FindingIds]);
    }

    public void Apply(RecommendationWithdrawn e) => Recommendations.RemoveAll(recommendation => recommendation.Id == e.RecommendationId);

    public void Apply(DraftRecommendationsReplaced e) =>
        Recommendations = [.. e.Recommendations.Select(draft => draft with { CoAgencyIds = [.. draft.CoAgencyIds], FindingIds = [.. draft.FindingIds] })];

    public void Apply(ConclusionIssued e)
    {
        Conclusion = new Conclusion(e.Number, e.IssuedOn, e.Remarks);
        Status = ProgrammeStatus.Concluded;
    }

    public void Apply(FollowUpStarted _) => Status = ProgrammeStatus.FollowingUp;

    public void Apply(ConclusionPublished e)
    {
        PublishedOn = e.On;
        Withdrawal = null;
    }

    public void Apply(PublicationWithdrawn e)
    {
        Withdrawal = new PublicationWithdrawal(PublishedOn, e.On, e.Reason);
        PublishedOn = null;
    }

    public void Apply(DocumentIssued e)
    {
        if (e.Replaces is { } replaced && IssuedDocuments.FindIndex(document => document.Id == replaced) is var index and >= 0)
        {
            IssuedDocuments[index] = IssuedDocuments[index] with { ReplacedBy = e.DocumentId };
        }

        IssuedDocuments.Add(new IssuedDocumentRef(e.DocumentId, e.Template, e.Number, e.IssuedOn, e.ActivityId, e.Replaces, e.ReplacementReason));
    }

    /// <summary>The issued document of a template (for minutes, of a session) that is in force: issued and not replaced.</summary>
    public IssuedDocumentRef? InForce(string template, Guid? activityId) =>
        IssuedDocuments.LastOrDefault(document => document.Template == template && document.ActivityId == activityId && document.ReplacedBy is null);

    public void Apply(ProgrammeClosed e)
    {
        ClosingNote = e.Note;
        Status = ProgrammeStatus.Closed;
    }

    public void Apply(ProgrammePostponed e)
    {
        StatusBeforePostponement = Status;
        StatusReason = e.Reason;
        Status = ProgrammeStatus.Postponed;
    }

    public void Apply(ProgrammeResumed _)
    {
        Status = StatusBeforePostponement ?? ProgrammeStatus.Proposed;
        StatusBeforePostponement = null;
        StatusReason = null;
    }

    public void Apply(ProgrammeCancelled e)
    {
        StatusReason = e.Reason;
        Status = ProgrammeStatus.Cancelled;
    }

    /// <summary>A delegation member acts on the programmes whose delegation lists them.</summary>
    public bool Admits(Accounts.Actor actor) =>
        actor.Role == Accounts.Role.DelegationMember && Delegation?.Active.Any(member => member.Id == actor.AccountId) == true;

    // Queries the deciders share.

    /// <summary>Who oversees, as documents and pages name it: the body, and the committee or group when there is one.</summary>
    public string BodyName => BodyUnit is { } unit ? $"{Labels.Of(Body)} – {unit}" : Labels.Of(Body);

    public AgencyRef? Agency(Guid agencyId) => Agencies.FirstOrDefault(agency => agency.Id == agencyId);

    public string AgencyName(Guid agencyId) => Agency(agencyId)?.Name ?? "";

    /// <summary>The directory's agency behind one of the programme's, when it is known.</summary>
    public Guid? DirectoryAgency(Guid agencyId) => Agency(agencyId)?.DirectoryId;

    /// <summary>Whether the programme oversees this agency of the directory.</summary>
    public bool Supervises(Guid? directoryId) => directoryId is { } id && Agencies.Any(agency => agency.DirectoryId == id);

    public Member? ActiveMember(Guid memberId) =>
        Delegation?.Members.FirstOrDefault(member => member.Id == memberId && member.RemovedReason is null);

    public Activity? Activity(Guid activityId) => Activities.FirstOrDefault(activity => activity.Id == activityId);

    /// <summary>Findings can be logged, amended and merged until the head approves the draft report.</summary>
    public bool FindingsOpen => Report is not { Status: ReportStatus.Approved };

    /// <summary>Refuses, with what to do instead, any action the current status does not allow.</summary>
    public void Ensure(ProgrammeAction action)
    {
        if (!ProgrammeStates.Allows(action, Status))
        {
            throw Refusal.Conflict(ProgrammeStates.RefusalFor(action, Status));
        }
    }

    void UpdateRequest(Guid agencyId, Func<ReportRequest, ReportRequest> change)
    {
        var index = ReportRequests.FindIndex(request => request.AgencyId == agencyId);
        if (index < 0)
        {
            ReportRequests.Add(change(new ReportRequest(agencyId, null, [])));
        }
        else
        {
            ReportRequests[index] = change(ReportRequests[index]);
        }
    }

    void UpdateActivity(Guid activityId, Func<Activity, Activity> change)
    {
        var index = Activities.FindIndex(activity => activity.Id == activityId);
        Activities[index] = change(Activities[index]);
    }
}

public enum ProgrammeStatus
{
    [Label("Dự kiến")]
    [NextStep("Việc tiếp theo: ghi nhận quyết định thành lập Đoàn giám sát.")]
    Proposed,
    [Label("Đã thành lập Đoàn")]
    [NextStep("Việc tiếp theo: ban hành kế hoạch giám sát và đề cương báo cáo.")]
    DelegationEstablished,
    [Label("Đã có kế hoạch")]
    [NextStep("Việc tiếp theo: tổ chức buổi làm việc hoặc khảo sát theo lịch và ghi biên bản.")]
    Planned,
    [Label("Đang giám sát")]
    [NextStep("Việc tiếp theo: ghi nhận các buổi làm việc; khi xong, kết thúc giai đoạn làm việc để lập báo cáo.")]
    InProgress,
    [Label("Đang lập báo cáo")]
    [NextStep("Việc tiếp theo: hoàn thiện dự thảo báo cáo, trình Trưởng đoàn duyệt rồi ban hành kết luận.")]
    Reporting,
    [Label("Đã kết luận")]
    [NextStep("Việc tiếp theo: gửi kiến nghị tới các cơ quan và bắt đầu theo dõi thực hiện.")]
    Concluded,
    [Label("Theo dõi kiến nghị")]
    [NextStep("Việc tiếp theo: theo dõi việc thực hiện kiến nghị; đóng hồ sơ khi hoàn tất.")]
    FollowingUp,
    [Label("Đã đóng hồ sơ")]
    [NextStep("Hồ sơ đã đóng nên không thay đổi được nữa.")]
    Closed,
    [Label("Tạm hoãn")]
    [NextStep("Cuộc giám sát đang tạm hoãn: hãy cho tiếp tục trước.")]
    Postponed,
    [Label("Đã hủy")]
    [NextStep("Cuộc giám sát đã bị hủy nên không thay đổi được nữa.")]
    Cancelled,
}

/// <summary>Who oversees: the council in plenary, its standing committee, one of its committees, or a deputy group.</summary>
public enum OverseeingBody
{
    [Label("HĐND")]
    Council,
    [Label("Thường trực HĐND")]
    StandingCommittee,
    [Label("Ban của HĐND")]
    Committee,
    [Label("Tổ đại biểu HĐND")]
    DeputyGroup,
}

/// <summary>
/// A supervised agency as the programme names it: <see cref="Id"/> is what the programme's own records (sessions, reports,
/// recommendations) refer to, <see cref="Name"/> the name it was written with, <see cref="DirectoryId"/> the agency in the council's
/// directory (the same as <see cref="Id"/> for programmes created with the directory; null while an older one is not yet matched).
/// </summary>
public sealed record AgencyRef(Guid Id, string Name, Guid? DirectoryId = null);

/// <summary>The entry of the annual oversight programme this one carries out (year and approving resolution).</summary>
public sealed record AnnualProgrammeEntry(int Year, string ResolutionNumber, DateOnly ResolutionDate);

public enum DelegationRole
{
    [Label("Trưởng đoàn")]
    Head,
    [Label("Phó trưởng đoàn")]
    DeputyHead,
    [Label("Thành viên")]
    Member,
    [Label("Thư ký")]
    Secretary,
    [Label("Mời tham gia")]
    Invited,
}

public sealed record Member(Guid Id, string Name, string? Position, DelegationRole Role, string? RemovedReason = null);

public sealed record Delegation(string DecisionNumber, DateOnly DecisionDate, string Signer, List<Member> Members)
{
    public IEnumerable<Member> Active => Members.Where(member => member.RemovedReason is null);

    public Member? Head => Active.FirstOrDefault(member => member.Role == DelegationRole.Head);
}

[Flags]
public enum PlanMethods
{
    [Label("chưa chọn")]
    None = 0,
    [Label("qua báo cáo bằng văn bản")]
    WrittenReports = 1,
    [Label("làm việc trực tiếp")]
    WorkingSessions = 2,
    [Label("khảo sát thực tế")]
    FieldSurveys = 4,
}

public sealed record ReportDeadline(Guid AgencyId, DateOnly Deadline);

public sealed record Plan(
    string Purpose,
    string Contents,
    PlanMethods Methods,
    IReadOnlyList<string> OutlineSections,
    IReadOnlyList<ReportDeadline> ReportDeadlines);

public sealed record ReportReceipt(DateOnly ReceivedOn, string DocumentNumber, string Summary);

/// <summary>An agency's written report: due by the deadline, outstanding until received (again, when more was asked).</summary>
public sealed record ReportRequest(Guid AgencyId, DateOnly? Deadline, IReadOnlyList<ReportReceipt> Receipts, string? SupplementaryReason = null)
{
    public bool Outstanding => Receipts.Count == 0 || SupplementaryReason is not null;
}

public enum ActivityKind
{
    [Label("Làm việc", Phrase = "làm việc với")]
    WorkingSession,
    [Label("Khảo sát", Phrase = "khảo sát tại")]
    FieldSurvey,
}

public enum ActivityStatus
{
    [Label("Đã xếp lịch")]
    Scheduled,
    [Label("Đã diễn ra")]
    Held,
    [Label("Đã hủy")]
    Cancelled,
}

/// <summary>
/// The content of the minutes (biên bản) of a working session or field survey, when the session ended, and who signed
/// the minutes for the agency (with the delegation's secretary and its head).
/// </summary>
public sealed record Minutes(string? ReportPresented, string? Questions, string? Explanations, string? Acceptances, string? ConcludingRemarks,
    TimeOnly? EndTime = null, string? AgencyRepresentative = null);

public sealed record Activity(
    Guid Id,
    ActivityKind Kind,
    DateOnly Date,
    TimeOnly? Time,
    string Place,
    Guid AgencyId,
    List<Guid> MemberIds,
    string? AgencyAttendees,
    ActivityStatus Status,
    DateOnly NotifiedOn,
    string? ChangeReason,
    Minutes? Minutes);

/// <summary>The sections of the results report (báo cáo kết quả giám sát) before its recommendations.</summary>
public sealed record ReportSections(string Overview, string Results, string Shortcomings, string Causes);

public enum ReportStatus
{
    [Label("Đang soạn")]
    Drafting,
    [Label("Đã gửi xin ý kiến")]
    Circulated,
    [Label("Chờ Trưởng đoàn duyệt")]
    AwaitingApproval,
    [Label("Trưởng đoàn đã duyệt")]
    Approved,
}

/// <summary>The draft report as the secretary edits it, with the members' comments on it.</summary>
public sealed record DraftReport(ReportSections Sections, ReportStatus Status, int Version, DateOnly? ApprovedOn = null)
{
    public IReadOnlyList<DraftComment> Comments { get; init; } = [];

    /// <summary>Approved by the head from their own account; otherwise the approval was given on paper and recorded.</summary>
    public bool ApprovedByHead { get; init; }

    /// <summary>Comments are taken while the draft is out for comments or waits for the head.</summary>
    public bool OpenForComments => Status is ReportStatus.Circulated or ReportStatus.AwaitingApproval;
}

/// <summary>The parts of the results report a member comments on: its sections, and its recommendations.</summary>
public enum ReportSection
{
    [Label("I. Khái quát")]
    Overview,
    [Label("II. Kết quả đạt được")]
    Results,
    [Label("III. Tồn tại, hạn chế")]
    Shortcomings,
    [Label("Nguyên nhân")]
    Causes,
    [Label("IV. Kiến nghị")]
    Recommendations,
}

public enum CommentOutcome
{
    [Label("Đã trả lời")]
    Answered,
    [Label("Đã tiếp thu")]
    TakenIn,
}

/// <summary>A member's comment on a section of the draft, and what the secretary made of it.</summary>
public sealed record DraftComment(Guid Id, ReportSection Section, string Text, Guid AuthorId, string AuthorName, int ReportVersion, DateTimeOffset At,
    CommentOutcome? Outcome = null, string? Reply = null);

public sealed record RecommendationDraft(Guid Id, Guid AgencyId, List<Guid> CoAgencyIds, string Text, DateOnly? DueDate, List<Guid> FindingIds);

public sealed record Conclusion(string Number, DateOnly IssuedOn, string Remarks);

/// <summary>
/// A document issued for the programme; a replacement (văn bản thay thế) names the one it replaces and why, and the replaced one
/// the document that replaced it. Minutes name their session.
/// </summary>
public sealed record IssuedDocumentRef(Guid Id, string Template, string Number, DateOnly IssuedOn, Guid? ActivityId = null, Guid? Replaces = null,
    string? ReplacementReason = null, Guid? ReplacedBy = null);

/// <summary>When a published conclusion was taken off the public page, and why.</summary>
public sealed record PublicationWithdrawal(DateOnly? PublishedOn, DateOnly WithdrawnOn, string Reason);
