using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Programmes.Listing;

namespace Oversight.Pages.Programmes;

[Allow(Capability.ViewProgrammes, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProgrammeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public OverseeingBody? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ProgrammeSummary> Programmes { get; private set; } = [];

    public async Task OnGetAsync() => Programmes = await ListProgrammesEndpoint.Query(session, Actor.Of(User), Year, Status, Body, Q, HttpContext.RequestAborted);
}
