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
    /// <summary>Only ever the route's: a form field of the same name cannot point the page at another programme.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    public Programme Programme { get; private set; } = null!;

    /// <summary>Why a date of something that happened is earlier than today (the forms' "lý do ghi nhận muộn").</summary>
    [BindProperty]
    public string? DateReason { get; set; }

    protected IQuerySession Session => session;

    /// <summary>The actions this person may take on the programme now (the same list the API's <c>allowedActions</c> gives them).</summary>
    public IReadOnlyList<ProgrammeAction> Actions { get; private set; } = [];

    /// <summary>Whether the page offers the form of an action: the programme's state allows it and this person may take it.</summary>
    public bool May(ProgrammeAction action) => Actions.Contains(action);

    /// <summary>Whether this person may issue documents and take the programme's other managing steps.</summary>
    public bool Manages => Access.Allows(Actor.Of(User), Capability.ManageProgrammes, Programme);

    public Task<IActionResult> OnGetAsync() => Show();

    /// <summary>Loads what else the page shows; false when the route names something that does not exist.</summary>
    protected virtual Task<bool> PrepareAsync() => Task.FromResult(true);

    /// <summary>Runs a command on this programme: on success back to the page (fresh), else the page again with the refusal and the user's input.</summary>
    protected async Task<IActionResult> Run(object command, string? fragment = null) =>
        await this.TrySendAsync(bus, command, Id) ? Redirect($"{Request.Path}{fragment}") : await Show();

    protected async Task<IActionResult> Show()
    {
        var programme = await session.LoadAsync<Programme>(Id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        Actions = ProgrammeStates.AllowedFor(Actor.Of(User), programme);
        return await PrepareAsync() ? Page() : NotFound();
    }
}
