using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;

namespace Oversight.Samples;

/// <summary>
/// A programme's story as sample data (samples/*.json): each part is optional, and the story stops
/// where the data stops. People and agencies are named, not numbered; the player looks the ids up,
/// in the council's directory, which <see cref="Directory"/> completes with what the story needs.
/// </summary>
public sealed record SampleStory(
    string? Council,
    SampleProgramme Programme,
    SampleDelegation? Delegation,
    SamplePlan? Plan,
    IReadOnlyList<SampleAgencyReport>? AgencyReports,
    IReadOnlyList<SampleActivity>? Activities,
    DateOnly? FieldworkEndedOn,
    SampleReport? Report,
    SampleConclusion? Conclusion,
    bool StartFollowUp,
    SampleDirectory? Directory = null,
    Hearings.SampleHearing? Hearing = null,
    Questioning.SampleQuestioning? Questioning = null);

/// <summary>What the story's council's directory must hold: agencies (parents first), committees, people without an account.</summary>
public sealed record SampleDirectory(IReadOnlyList<SampleAgency>? Agencies, IReadOnlyList<string>? Committees,
    IReadOnlyList<Oversight.CouncilDirectory.People.PersonDetails>? People);

public sealed record SampleAgency(string Name, string? ShortName, IReadOnlyList<string>? Aliases, Oversight.CouncilDirectory.AgencyLevel Level, string? Parent,
    IReadOnlyList<string>? Emails)
{
    public IEnumerable<string> Names() => new[] { Name, ShortName }.OfType<string>().Concat(Aliases ?? []);
}

public sealed record SampleProgramme(
    string Title,
    int Year,
    string? Scope,
    IReadOnlyList<string> LegalBases,
    OverseeingBody Body,
    string? BodyUnit,
    string? PeriodUnderReview,
    IReadOnlyList<string> Agencies,
    AnnualProgrammeEntry? Origin);

public sealed record SampleDelegation(string DecisionNumber, DateOnly DecisionDate, string Signer, IReadOnlyList<NewMember> Members);

public sealed record SampleDeadline(string Agency, DateOnly Deadline);

/// <summary>The plan; <see cref="Issued"/> issues it on the day it was adopted, so that it has its number from the register.</summary>
public sealed record SamplePlan(
    DateOnly AdoptedOn,
    string Purpose,
    string Contents,
    PlanMethods Methods,
    IReadOnlyList<string> OutlineSections,
    IReadOnlyList<SampleDeadline> ReportDeadlines,
    bool Issued = false);

public sealed record SampleAgencyReport(string Agency, DateOnly ReceivedOn, string DocumentNumber, string Summary);

public sealed record SampleFinding(string Author, FindingKind Kind, string Text, string? Figures);

public sealed record SampleActivity(
    ActivityKind Kind,
    DateOnly Date,
    TimeOnly? Time,
    string Place,
    string Agency,
    DateOnly NotifiedOn,
    string? AgencyAttendees,
    IReadOnlyList<SampleFinding>? Findings,
    Minutes? Minutes);

public sealed record SampleRecommendation(string Agency, IReadOnlyList<string>? CoAgencies, string Text, DateOnly DueDate);

/// <summary>
/// The report is assembled from the findings; the sample may then rewrite sections, dates the
/// recommendations drafted from proposals, adds its own, and the head approves on <see cref="ApprovedOn"/>.
/// </summary>
public sealed record SampleReport(
    string? Shortcomings,
    string? Causes,
    DateOnly ProposalsDueDate,
    IReadOnlyList<SampleRecommendation>? Recommendations,
    DateOnly ApprovedOn);

public sealed record SampleConclusion(string Number, DateOnly IssuedOn, string Remarks);

/// <summary>samples/councils.json: the councils the stories belong to, and demo accounts (one per role) that share one demo password.</summary>
public sealed record SampleCouncils(IReadOnlyList<SampleCouncil> Councils, IReadOnlyList<SampleAccount> Accounts, string Password);

/// <summary>A sample council with the settings its documents read: committees, the officials who sign, its term and session.</summary>
public sealed record SampleCouncil(string Id, string Name, string Place, Oversight.Councils.CouncilLevel Level, string? ProvinceId,
    IReadOnlyList<string>? Committees = null, IReadOnlyList<Oversight.Councils.Official>? Officials = null, int? Term = null, int? Session = null);

/// <summary>A demo account; an agency user's <c>Agency</c> is a name of the council's directory.</summary>
public sealed record SampleAccount(string UserName, string FullName, Oversight.Accounts.Role Role, string? Council, string? Agency);
