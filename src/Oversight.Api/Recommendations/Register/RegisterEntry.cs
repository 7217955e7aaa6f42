using JasperFx.MultiTenancy;

namespace Oversight.Recommendations.Register;

/// <summary>The recommendation took this status on this date (the date the answer or decision bears).</summary>
public sealed record StatusChange(DateOnly On, RecommendationStatus Status);

/// <summary>
/// A recommendation as the register and the scoreboard read it, kept inline beside the full <see cref="Recommendation"/>:
/// a province's register reads some 1,400 of these, and the full documents (history, due-date history, escalations)
/// are three times the size and took 50 ms just to fetch (bench/scale).
/// </summary>
public sealed class RegisterEntry : ITenanted
{
    public Guid Id { get; set; }
    public string? TenantId { get; set; }
    public Guid ProgrammeId { get; set; }
    public RecommendationSource? Source { get; set; }
    public string Code { get; set; } = "";
    public string AgencyName { get; set; } = "";
    public Guid? DirectoryAgencyId { get; set; }
    public string Text { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateOnly DueDate { get; set; }
    public RecommendationStatus Status { get; set; }
    public bool ExtensionPending { get; set; }
    public DateOnly? ReportedDoneOn { get; set; }
    public DateOnly? SettledOn { get; set; }
    public List<StatusChange> Statuses { get; set; } = [];

    public bool IsOverdue(DateOnly today, Common.WorkingCalendar calendar) => Recommendation.IsOverdue(Status, DueDate, today, calendar);

    public static RegisterEntry Create(RecommendationIssued issued) => new()
    {
        Id = issued.RecommendationId,
        ProgrammeId = issued.ProgrammeId,
        Source = issued.Source,
        Code = issued.Code,
        AgencyName = issued.AgencyName,
        DirectoryAgencyId = issued.DirectoryAgencyId,
        Text = issued.Text,
        IssuedOn = issued.IssuedOn,
        DueDate = issued.DueDate,
        Status = RecommendationStatus.Issued,
        Statuses = [new StatusChange(issued.IssuedOn, RecommendationStatus.Issued)],
    };

    public void Apply(RecommendationAgencyLinked e) => DirectoryAgencyId = e.DirectoryAgencyId;

    public void Apply(RecommendationAcknowledged e) => Become(RecommendationStatus.Acknowledged, e.On);

    public void Apply(ProgressReported e) => Become(RecommendationStatus.InProgress, e.On);

    public void Apply(CompletionReported e)
    {
        Become(RecommendationStatus.ReportedDone, e.On);
        ReportedDoneOn = e.On;
    }

    public void Apply(ExplanationSubmitted e)
    {
        Become(RecommendationStatus.ExplanationSubmitted, e.On);
        ReportedDoneOn = e.On;
    }

    public void Apply(CompletionVerified e)
    {
        Become(Recommendation.StatusAfter(e.Verdict), e.On);
        SettledOn = e.Verdict == Verdict.NotSatisfactory ? null : e.On;
    }

    public void Apply(ExplanationJudged e)
    {
        Become(Recommendation.StatusAfter(e), e.On);
        SettledOn = e.Accepted ? e.On : null;
    }

    public void Apply(ExtensionRequested _) => ExtensionPending = true;

    public void Apply(ExtensionGranted e)
    {
        DueDate = e.NewDueDate;
        ExtensionPending = false;
    }

    public void Apply(ExtensionRefused _) => ExtensionPending = false;

    public void Apply(RecommendationClosed e) => Become(RecommendationStatus.Closed, e.On);

    void Become(RecommendationStatus status, DateOnly on)
    {
        Status = status;
        Statuses.Add(new StatusChange(on, status));
    }
}
