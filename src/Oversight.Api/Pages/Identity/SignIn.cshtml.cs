using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Oversight.Accounts;
using Oversight.Common;

namespace Oversight.Pages.Identity;

[AllowAnonymous]
[EnableRateLimiting(SignInService.RateLimitPolicy)]
public sealed class SignInModel(SignInService service, IConfiguration configuration) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The sign-in ended while the person was working (too long idle, signed out elsewhere, password changed).</summary>
    [BindProperty(SupportsGet = true, Name = "het-phien")] public string? Ended { get; set; }

    public bool SessionEnded => Ended == "1";

    public string? SingleSignOn { get; } = OpenIdConnectSignIn.Configured(configuration)?.DisplayName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var account = await service.Check(new SignInRequest(UserName, Password), HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
            await SignInService.SignInAsync(HttpContext, account);
            return LocalRedirect(SafeReturn());
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
            Password = null;
            return Page();
        }
    }

    public IActionResult OnPostSingleSignOn() =>
        SingleSignOn is null ? NotFound() : Challenge(OpenIdConnectSignIn.Challenge(SafeReturn(), null), OpenIdConnectSignIn.Scheme);

    /// <summary>Binding one's single sign-on identity: the code comes from the account page, signed in with a password.</summary>
    public IActionResult OnGetLink(string? code) =>
        SingleSignOn is null ? NotFound() : Challenge(OpenIdConnectSignIn.Challenge("/tai-khoan", code), OpenIdConnectSignIn.Scheme);

    // Only a path of this site: a crafted link must not send a person elsewhere after signing in.
    string SafeReturn() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
