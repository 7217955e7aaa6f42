using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>A page about one programme: it loads the programme named by the route and runs commands on it.</summary>
[Allow(Capability.ViewProgrammes)]
public abstract class ProgrammePage(IQuerySession session, IMessageBus bus) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public Programme Programme { get; private set; } = null!;

    protected IQuerySession Session => session;

    /// <summary>Whether the programme's state allows the action and this person may take it: the page offers only such forms.</summary>
    public bool May(ProgrammeAction action) =>
        ProgrammeStates.Allows(action, Programme.Status)
        && Actor.Of(User).Can(action is ProgrammeAction.LogFinding or ProgrammeAction.RecordMinutes ? Capability.RecordFieldwork : Capability.ManageProgrammes);

    /// <summary>Whether this person may issue documents and take the programme's other managing steps.</summary>
    public bool Manages => Actor.Of(User).Can(Capability.ManageProgrammes);

    public Task<IActionResult> OnGetAsync() => Show();

    /// <summary>Loads what else the page shows; false when the route names something that does not exist.</summary>
    protected virtual Task<bool> PrepareAsync() => Task.FromResult(true);

    /// <summary>Runs a command: on success back to the page (fresh), else the page again with the refusal and the user's input.</summary>
    protected async Task<IActionResult> Run(Capability capability, object command, string? fragment = null) =>
        await this.TrySendAsync(bus, capability, command) ? Redirect($"{Request.Path}{fragment}") : await Show();

    protected async Task<IActionResult> Show()
    {
        var programme = await session.LoadAsync<Programme>(Id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        return await PrepareAsync() ? Page() : NotFound();
    }
}
