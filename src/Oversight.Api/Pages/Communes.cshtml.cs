using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Councils;

namespace Oversight.Pages;

[Allow(Capability.ViewCommuneRollup)]
public sealed class CommunesModel(IDocumentStore store) : PageModel
{
    public IReadOnlyList<CommuneFigures> Communes { get; private set; } = [];

    public async Task OnGetAsync() => Communes = await CommuneRollupQuery.Read(store, Actor.Of(User), HttpContext.RequestAborted);
}
