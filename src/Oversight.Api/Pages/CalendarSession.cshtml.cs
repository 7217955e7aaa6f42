using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Addressed;

namespace Oversight.Pages;

/// <summary>A session as the agency it is held with sees it; who may open it is decided by the session itself (the route's <c>activityId</c>).</summary>
[Allow(Capability.ViewAddressedWork)]
public sealed class CalendarSessionModel(IQuerySession session) : PageModel
{
    [FromRoute] public Guid ActivityId { get; set; }

    public SessionView Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await AddressedWork.Session(session, ActivityId, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        Session = view;
        return Page();
    }
}
