using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;

namespace Oversight.Web;

public static class PageCommands
{
    /// <summary>
    /// Runs a command as the API does, in the signed-in person's name: its handler decides whether this person may
    /// act on its target. A page names the record it is about (<paramref name="scope"/>), so a form cannot aim the
    /// command at another one. A refusal lands in the page's ModelState, so the form shows it above the user's own
    /// input; a denial is the page's 403.
    /// </summary>
    public static async Task<bool> TrySendAsync(this PageModel page, IMessageBus bus, object command, Guid? scope)
    {
        // A value the form could not even read (text in a number field) must not fall back to a default.
        if (!page.ModelState.IsValid)
        {
            return false;
        }

        try
        {
            await bus.SendAsync(Actor.Of(page.User), command, scope, page.HttpContext.RequestAborted);
            return true;
        }
        catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
        {
            page.Show(refusal);
            return false;
        }
    }

    /// <summary>Puts a refusal where the form shows it: field errors beside their fields, the rest above the form.</summary>
    public static void Show(this PageModel page, Refusal refusal)
    {
        if (refusal.Errors.Count == 0)
        {
            page.ModelState.AddModelError("", refusal.Message);
        }

        foreach (var (field, message) in refusal.Errors)
        {
            page.ModelState.AddModelError(field, message);
        }
    }
}
