using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Programmes.Deadlines;
using Oversight.Work;

namespace Oversight.Pages;

/// <summary>The signed-in person's work (the same list as <c>GET /api/my-work</c>), then the way into the rest.</summary>
[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session, TimeProvider clock, WorkingCalendar calendar, IOptions<DeadlineSettings> deadlines) : PageModel
{
    public IReadOnlyList<Programme> Recent { get; private set; } = [];

    public Actor Actor { get; private set; } = null!;

    public Council? Council { get; private set; }

    public MyWorkView Work { get; private set; } = null!;

    public int Overdue => Work.Items.Count(item => item.Overdue);
    /// <summary>For an agency user: the directory's agency the account is bound to.</summary>
    public string? AgencyName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Actor = Actor.Of(User);
        Council = Actor.CouncilId is { } councilId ? await session.LoadAsync<Council>(councilId, cancellation) : null;
        AgencyName = await CouncilDirectory.DirectoryQueries.AgencyName(session, Actor.AgencyId, cancellation);
        Work = await MyWork.Of(session, Actor, VietnamTime.Today(clock), calendar, deadlines, cancellation);
        if (Actor.Can(Capability.ViewProgrammes))
        {
            var recent = await session.Query<Programme>().OrderByDescending(programme => programme.CreatedAt).Take(50).ToListAsync(cancellation);
            Recent = [.. recent.Where(programme => Access.Concerns(Actor, programme)).Take(10)];
        }
    }
}
