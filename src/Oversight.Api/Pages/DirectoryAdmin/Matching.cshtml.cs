using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.CouncilDirectory.Migration;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.DirectoryAdmin;

/// <summary>
/// The report of the names written before the directory that it does not match: where each is used, and a pick list to say which
/// agency (or committee) it is, or a button to add it to the directory as it is written.
/// </summary>
[Allow(Capability.ManageDirectory)]
public sealed class MatchingModel(IQuerySession session, IMessageBus bus) : PageModel
{
    public MigrationReport Report { get; private set; } = null!;
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public IReadOnlyList<Committee> Committees { get; private set; } = [];

    public Task OnGetAsync() => Load();

    public PickList AgencyPicker(int index) => new($"agency-{index}", "agencyId", "Là cơ quan", DirectoryPicks.Agencies(Agencies));

    public PickList CommitteePicker(int index) => new($"committee-{index}", "committeeId", "Là Ban", DirectoryPicks.Committees(Committees));

    public Task<IActionResult> OnPostMatchAsync() => Run(new MatchDirectory());

    public Task<IActionResult> OnPostAgencyAsync(string? name, Guid agencyId) => Run(new LinkAgencyName(name, agencyId));

    /// <summary>A name that is an agency the directory lacks: added as it is written, then every use of it linked.</summary>
    public async Task<IActionResult> OnPostNewAgencyAsync(string? name, AgencyLevel level)
    {
        var id = Guid.CreateVersion7();
        if (!await this.TrySendAsync(bus, new AddAgency(id, new AgencyDetails(name, null, [], level, null, [])), null))
        {
            await Load();
            return Page();
        }

        return await Run(new LinkAgencyName(name, id));
    }

    public Task<IActionResult> OnPostCommitteeAsync(string? name, Guid committeeId) => Run(new LinkCommitteeName(name, committeeId));

    async Task<IActionResult> Run(IDoneMessage command)
    {
        if (!await this.TrySendAsync(bus, command, null))
        {
            await Load();
            return Page();
        }

        this.Flash(new Flash(command.DoneMessage));
        return Redirect(Request.Path);
    }

    async Task Load()
    {
        Report = await DirectoryMigration.Report(session, Actor.Of(User).CouncilId ?? "", HttpContext.RequestAborted);
        Agencies = await DirectoryQueries.Agencies(session, null, HttpContext.RequestAborted);
        Committees = await DirectoryQueries.Committees(session, HttpContext.RequestAborted);
    }
}
