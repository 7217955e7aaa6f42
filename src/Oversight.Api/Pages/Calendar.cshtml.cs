using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes.Calendar;

namespace Oversight.Pages;

[Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
public sealed class CalendarModel(IQuerySession session, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        From ??= VietnamTime.Today(clock);
        To ??= From.Value.AddDays(30);
        try
        {
            Entries = await CalendarQuery.Load(session, Actor.Of(User), From.Value, To.Value, HttpContext.RequestAborted);
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
        }
    }
}
