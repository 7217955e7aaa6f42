using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Deadlines;
using Oversight.Programmes.Details;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class DetailModel(IQuerySession session, IMessageBus bus, IOptions<DeadlineSettings> settings, TimeProvider clock)
    : ProgrammePage(session, bus)
{
    public ProgrammeView View { get; private set; } = null!;

    public Task<IActionResult> OnPostRecordReportAsync(Guid agencyId, DateOnly? receivedOn, string? documentNumber, string? summary) =>
        Run(new RecordAgencyReport(Id, agencyId, receivedOn, documentNumber, summary, DateReason));

    public Task<IActionResult> OnPostSupplementaryAsync(Guid agencyId, DateOnly? deadline, string? reason) =>
        Run(new RequestSupplementaryReport(Id, agencyId, deadline, reason));

    public Task<IActionResult> OnPostIssueAsync(string? template, DateOnly? issuedOn) =>
        Run(new Oversight.Documents.IssueDocument(Id, Guid.CreateVersion7(), template, issuedOn, DateReason));

    public Task<IActionResult> OnPostEndFieldworkAsync(DateOnly? endedOn) => Run(new EndFieldwork(Id, endedOn, DateReason));

    public Task<IActionResult> OnPostFollowUpAsync() => Run(new StartFollowUp(Id));

    public Task<IActionResult> OnPostPublishAsync() => Run(new Oversight.Programmes.Reporting.PublishConclusion(Id));

    public Task<IActionResult> OnPostCloseAsync(string? note) => Run(new CloseProgramme(Id, note));

    public Task<IActionResult> OnPostResumeAsync() => Run(new ResumeProgramme(Id));

    public Task<IActionResult> OnPostPostponeAsync(string? reason) => Run(new PostponeProgramme(Id, reason));

    public Task<IActionResult> OnPostCancelAsync(string? reason) => Run(new CancelProgramme(Id, reason));

    /// <summary>For a re-oversight: the earlier recommendations it looks at again.</summary>
    public IReadOnlyList<Oversight.Recommendations.Recommendation> Revisited { get; private set; } = [];

    protected override async Task<bool> PrepareAsync()
    {
        Revisited = Programme.Revisits.Count == 0
            ? []
            : [.. await Session.LoadManyAsync<Oversight.Recommendations.Recommendation>(HttpContext.RequestAborted, Programme.Revisits)];
        View = ProgrammeViews.For(Programme, await CouncilSettings.Deadlines(Session, settings, HttpContext.RequestAborted), VietnamTime.Today(clock), Actor.Of(User));
        return true;
    }
}
