using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.Hearings;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Hearings;

/// <summary>The Thường trực (or a Ban) decides a hearing; opened from an overdue recommendation, it takes that recommendation up.</summary>
[Allow(Capability.ManageProgrammes)]
public sealed class CreateModel(IMessageBus bus, IQuerySession session) : PageModel
{
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public OverseeingBody Body { get; set; } = OverseeingBody.StandingCommittee;
    [BindProperty] public Guid? CommitteeId { get; set; }
    [BindProperty] public DateOnly? DecidedOn { get; set; }
    [BindProperty] public string? DateReason { get; set; }
    [BindProperty] public DateOnly? ScheduledOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty(SupportsGet = true, Name = "kienNghi")] public List<Guid> RecommendationIds { get; set; } = [];

    public IReadOnlyList<PickOption> CommitteeOptions { get; private set; } = [];
    public IReadOnlyList<Recommendation> TakenUp { get; private set; } = [];

    public Task OnGetAsync() => Load();

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        var id = Guid.CreateVersion7();
        var command = new DecideHearing(id, Subject, Body, Body == OverseeingBody.Committee ? CommitteeId : null, DecidedOn, ScheduledOn, Place,
            RecommendationIds, DateReason);
        if (!await this.TrySendAsync(bus, command, null))
        {
            return Page();
        }

        this.Flash(new Flash(((IDoneMessage)command).DoneMessage));
        return Redirect($"/giai-trinh/{id}");
    }

    async Task Load()
    {
        CommitteeOptions = DirectoryPicks.Committees(await DirectoryQueries.Committees(session, HttpContext.RequestAborted), CommitteeId);
        TakenUp = [.. await session.LoadManyAsync<Recommendation>(HttpContext.RequestAborted, [.. RecommendationIds.Distinct().Take(100)])];
    }
}
