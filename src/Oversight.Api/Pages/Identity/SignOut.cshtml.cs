using Marten;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;

namespace Oversight.Pages.Identity;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class SignOutModel(IDocumentSession session, IOptions<SignInSettings> settings, TimeProvider clock, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("Signed out {UserName}", User.Identity?.Name);
        await SignInService.SignOutAsync(HttpContext, session, settings.Value.SessionLifetime, clock, HttpContext.RequestAborted);
        return Redirect("/dang-nhap");
    }
}
