using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Hearings;

namespace Oversight.Pages.Hearings;

/// <summary>The explanation hearings this person may see: all to the council's staff and deputies, an agency's those it is summoned to.</summary>
[Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<HearingSummary> Hearings { get; private set; } = [];

    public async Task OnGetAsync() =>
        Hearings = [.. (await HearingsEndpoint.Visible(session, Actor.Of(User), HttpContext.RequestAborted)).Select(HearingsEndpoint.Summary)];
}
