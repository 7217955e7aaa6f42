using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;

namespace Oversight.Pages.Recommendations;

/// <summary>The register for the council; for an agency user, its own recommendations to answer.</summary>
[Allow(Capability.ViewAddressedWork)]
public sealed class IndexModel(IQuerySession session, TimeProvider clock, WorkingCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public RecommendationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public OverseeingBody? Body { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<RegisterRow> Rows { get; private set; } = [];

    public string Filters => Request.QueryString.Value ?? "";

    public async Task OnGetAsync()
    {
        if (ModelState.IsValid)
        {
            Rows = await RecommendationRegister.Query(session, Actor.Of(User), new RegisterFilter(Year, null, Agency, Status, Overdue, Body, Q),
                VietnamTime.Today(clock), calendar, HttpContext.RequestAborted);
        }
    }
}
