using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Common;
using Wolverine;

namespace Oversight.Web;

public static class PageCommands
{
    /// <summary>
    /// Runs a command as the API does; a refusal lands in the page's ModelState, so the form shows it in
    /// its summary above the user's own input.
    /// </summary>
    public static async Task<bool> TrySendAsync(this PageModel page, IMessageBus bus, object command)
    {
        // A value the form could not even read (text in a number field) must not fall back to a default.
        if (!page.ModelState.IsValid)
        {
            return false;
        }

        try
        {
            await bus.InvokeAsync(command, page.HttpContext.RequestAborted);
            return true;
        }
        catch (Refusal refusal)
        {
            if (refusal.Errors.Count == 0)
            {
                page.ModelState.AddModelError("", refusal.Message);
            }

            foreach (var (field, message) in refusal.Errors)
            {
                page.ModelState.AddModelError(field, message);
            }

            return false;
        }
    }
}
