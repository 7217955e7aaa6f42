using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Councils;
using Oversight.Questioning;

namespace Oversight.Pages.Questioning;

/// <summary>The questionings a council published: their conclusions and what became of the commitments, for anyone, without signing in.</summary>
[AllowAnonymous]
public sealed class PublicModel(IDocumentStore store) : PageModel
{
    [FromRoute] public string Council { get; set; } = "";
    /// <summary>Not named <c>questioningId</c>: the public page answers anyone, so no access check is to find it.</summary>
    [FromRoute] public Guid? PublishedId { get; set; }

    public Council? Owner { get; private set; }
    public IReadOnlyList<Oversight.Questioning.Questioning> Published { get; private set; } = [];
    public QuestioningView? View { get; private set; }

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
        Published = await session.Query<Oversight.Questioning.Questioning>().Where(questioning => questioning.PublishedOn != null)
            .OrderByDescending(questioning => questioning.PublishedOn).ToListAsync(cancellation);
        if (PublishedId is { } id)
        {
            if (Published.FirstOrDefault(questioning => questioning.Id == id) is not { } questioning)
            {
                return NotFound();
            }

            View = await QuestioningEndpoint.View(session, questioning, cancellation);
        }

        return Page();
    }
}
