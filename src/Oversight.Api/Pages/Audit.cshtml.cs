using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Audit;
using Oversight.Common;

namespace Oversight.Pages;

[Allow(Capability.ViewAudit)]
public sealed class AuditModel(IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Programme { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Entries = await AuditLog.Read(session, new AuditFilter(Person, From, To, Programme, Before), HttpContext.RequestAborted);
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
        }

        return Page();
    }
}
