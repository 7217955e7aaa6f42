using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Programmes;

namespace Oversight.Pages;

public sealed class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<Programme> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Recent = await session.Query<Programme>()
            .OrderByDescending(programme => programme.CreatedAt)
            .Take(10)
            .ToListAsync(cancellation);
}
