using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Councils;
using Oversight.Programmes;

namespace Oversight.Pages;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<Programme> Recent { get; private set; } = [];

    public Actor Actor { get; private set; } = null!;

    public Council? Council { get; private set; }

    /// <summary>For an agency user: the directory's agency the account is bound to.</summary>
    public string? AgencyName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Actor = Actor.Of(User);
        Council = Actor.CouncilId is { } councilId ? await session.LoadAsync<Council>(councilId, cancellation) : null;
        AgencyName = await CouncilDirectory.DirectoryQueries.AgencyName(session, Actor.AgencyId, cancellation);
        if (Actor.Can(Capability.ViewProgrammes))
        {
            var recent = await session.Query<Programme>().OrderByDescending(programme => programme.CreatedAt).Take(50).ToListAsync(cancellation);
            Recent = [.. recent.Where(programme => Access.Concerns(Actor, programme)).Take(10)];
        }
    }
}
