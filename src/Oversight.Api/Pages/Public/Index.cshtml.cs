using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.Pages.Public;

/// <summary>One published programme as the public sees it: the conclusion and the state of its recommendations.</summary>
public sealed record PublicProgramme(Programme Programme, IReadOnlyList<Recommendation> Recommendations)
{
    public static async Task<IReadOnlyList<Recommendation>> RecommendationsOf(IQuerySession session, Guid programme, CancellationToken cancellation) =>
        await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId == programme)
            .OrderBy(recommendation => recommendation.Code).ToListAsync(cancellation);
}

/// <summary>
/// A council's public page: only what its secretariat published (conclusions and the state of their
/// recommendations), for anyone, without signing in. The council named in the address is only a place to look.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IDocumentStore store, Oversight.Documents.LegalBases law, TimeProvider clock) : PageModel
{
    [FromRoute] public string Council { get; set; } = "";
    [FromRoute] public Guid? ProgrammeId { get; set; }

    public Council? Owner { get; private set; }
    public IReadOnlyList<Programme> Published { get; private set; } = [];
    public Programme? Programme { get; private set; }
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];

    /// <summary>
    /// The law that requires publishing, as the configuration dates it: for a programme, the one in force when it was decided;
    /// for the list, today's.
    /// </summary>
    public string? PublicationBasis { get; private set; }

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
        Published = await session.Query<Programme>().Where(programme => programme.PublishedOn != null)
            .OrderByDescending(programme => programme.PublishedOn).ToListAsync(cancellation);
        if (ProgrammeId is { } id)
        {
            Programme = Published.FirstOrDefault(programme => programme.Id == id);
            if (Programme is null)
            {
                return NotFound();
            }

            Recommendations = await PublicProgramme.RecommendationsOf(session, id, cancellation);
        }

        PublicationBasis = law.Publication(Programme is { } shown
            ? shown.Delegation?.DecisionDate ?? shown.Conclusion!.IssuedOn
            : Oversight.Common.VietnamTime.Today(clock));

        return Page();
    }
}
