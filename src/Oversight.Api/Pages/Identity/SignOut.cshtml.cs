using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;

namespace Oversight.Pages.Identity;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class SignOutModel(ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("Signed out {UserName}", User.Identity?.Name);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/dang-nhap");
    }
}
