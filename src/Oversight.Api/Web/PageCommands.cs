using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Runtime;

namespace Oversight.Web;

public static class PageCommands
{
    /// <summary>
    /// Runs a command as the API does: only with the capability it needs, in the signed-in person's council and
    /// in their name. A refusal lands in the page's ModelState, so the form shows it above the user's own input.
    /// </summary>
    public static Task<bool> TrySendAsync(this PageModel page, IMessageBus bus, Capability capability, object command) =>
        page.TryRunAsync(bus, capability, () => bus.InvokeAsync(command, page.HttpContext.RequestAborted));

    /// <summary>Runs work that sends several commands, with the same checks and the same handling of refusals.</summary>
    public static async Task<bool> TryRunAsync(this PageModel page, IMessageBus bus, Capability capability, Func<Task> work)
    {
        var http = page.HttpContext;
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(page.User, http, Permissions.PolicyName(capability))).Succeeded)
        {
            throw Refusal.Forbidden("Tài khoản của bạn không được phép thực hiện thao tác này.");
        }

        // A value the form could not even read (text in a number field) must not fall back to a default.
        if (!page.ModelState.IsValid)
        {
            return false;
        }

        var actor = Actor.Of(page.User);
        if (bus is MessageContext context)
        {
            context.TenantId = actor.CouncilId;
            context.UserName = actor.UserName;
        }

        try
        {
            await work();
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
