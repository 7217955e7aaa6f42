using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Programmes.Reporting;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>The secretary's draft report editor, the head's approval and the conclusion.</summary>
public sealed class ReportModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
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

    public Task<IActionResult> OnPostWithdrawAsync(Guid recommendationId) => Run(new WithdrawRecommendation(Id, recommendationId));

    public Task<IActionResult> OnPostCirculateAsync() => Run(new CirculateDraftReport(Id, null));

    public Task<IActionResult> OnPostApproveAsync(Guid headId, DateOnly? approvedOn) => Run(new ApproveDraftReport(Id, headId, approvedOn, DateReason));

    public Task<IActionResult> OnPostConcludeAsync(string? number, DateOnly? issuedOn, string? remarks) => Run(new IssueConclusion(Id, number, issuedOn, remarks, DateReason));

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
