using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
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

    public virtual Task<IActionResult> OnGetAsync() => Show();

    /// <summary>Loads what else the page shows; false when the route names something that does not exist.</summary>
    protected virtual Task<bool> PrepareAsync() => Task.FromResult(true);

    /// <summary>
    /// Runs a command on this programme: on success back to the page (fresh) with what was done said at its top, else the page
    /// again with the refusal and the user's input.
    /// </summary>
    protected async Task<IActionResult> Run(IDoneMessage command, string? fragment = null, Func<Task<Flash>>? done = null)
    {
        if (!await this.TrySendAsync(bus, command, Id))
        {
            return await Show();
        }

        this.Flash(done is null ? new Flash(command.DoneMessage) : await done());
        return Redirect($"{Request.Path}{fragment}");
    }

    /// <summary>
    /// Runs a command that cannot be undone (or that the public will see) only once the person has confirmed it: the first post
    /// answers with what will happen (<paramref name="confirmation"/>, made from the loaded programme) and the same form again.
    /// </summary>
    protected async Task<IActionResult> RunConfirmed(IDoneMessage command, Func<Task<Confirmation>> confirmation, string? fragment = null,
        Func<Task<Flash>>? done = null) =>
        this.Confirmed() || !ModelState.IsValid ? await Run(command, fragment, done) : await Show(confirmation);

    /// <summary>A confirmation asked only if the command's own (pure) decision would accept it now.</summary>
    protected static Task<Confirmation> Checked(Func<object> decide, Confirmation confirmation)
    {
        decide();
        return Task.FromResult(confirmation);
    }

    protected async Task<IActionResult> Show(Func<Task<Confirmation>>? confirmation = null)
    {
        var programme = await session.LoadAsync<Programme>(Id, HttpContext.RequestAborted);
        if (programme is null)
        {
            return NotFound();
        }

        Programme = programme;
        Actions = ProgrammeStates.AllowedFor(Actor.Of(User), programme);
        if (confirmation is not null)
        {
            // The confirmation may first run the command's own decision: what would be refused is said now, not after confirming.
            try
            {
                this.AskToConfirm(await confirmation());
            }
            catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
            {
                this.Show(refusal);
            }
        }

        return await PrepareAsync() ? Page() : NotFound();
    }
}
