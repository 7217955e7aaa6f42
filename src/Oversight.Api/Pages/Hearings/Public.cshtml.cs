using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Councils;
using Oversight.Hearings;

namespace Oversight.Pages.Hearings;

/// <summary>The hearings a council published: their conclusion notices and what became of the commitments, for anyone, without signing in.</summary>
[AllowAnonymous]
public sealed class PublicModel(IDocumentStore store) : PageModel
{
    [FromRoute] public string Council { get; set; } = "";
    /// <summary>Not named <c>hearingId</c>: the public page answers anyone, so no access check is to find it.</summary>
    [FromRoute] public Guid? PublishedId { get; set; }

    public Council? Owner { get; private set; }
    public IReadOnlyList<Hearing> Published { get; private set; } = [];
    public HearingView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        await using (var shared = store.QuerySession())
        {
            Owner = await shared.LoadAsync<Council>(Council, cancellation);
        }

        if (Owner is null)
        {
            return NotFound();
        }

        await using var session = store.QuerySession(Owner.Id);
        Published = await session.Query<Hearing>().Where(hearing => hearing.PublishedOn != null).OrderByDescending(hearing => hearing.PublishedOn)
            .ToListAsync(cancellation);
        if (PublishedId is { } id)
        {
            if (Published.FirstOrDefault(hearing => hearing.Id == id) is not { } hearing)
            {
                return NotFound();
            }

            View = await HearingsEndpoint.View(session, hearing, cancellation);
        }

        return Page();
    }
}
