using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Recommendations.Register;

namespace Oversight.Pages.Recommendations;

[Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
public sealed class ScoreboardModel(IQuerySession session, TimeProvider clock, WorkingCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public ScoreboardView View { get; private set; } = new([], []);

    public async Task OnGetAsync()
    {
        if (ModelState.IsValid)
        {
            View = await Scoreboard.Read(session, Actor.Of(User), VietnamTime.Today(clock), calendar, Year, HttpContext.RequestAborted);
        }
    }
}
