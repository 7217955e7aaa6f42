using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;

namespace Oversight.Pages.Identity;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class ProfileModel(IDocumentSession session, IPasswordHasher<Account> hasher, SignInService signIn, TimeProvider clock,
    IConfiguration configuration) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? TokenName { get; set; }
    [BindProperty] public int? TokenDays { get; set; }

    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Done { get; private set; }

    public string? SingleSignOn { get; } = OpenIdConnectSignIn.Configured(configuration)?.DisplayName;

    public bool Linked { get; private set; }

    public async Task<IActionResult> OnPostLinkSingleSignOnAsync()
    {
        var account = await session.LoadAsync<Account>(Actor.Of(User).AccountId, HttpContext.RequestAborted);
        if (SingleSignOn is null || account is null)
        {
            return NotFound();
        }

        var code = OpenIdConnectSignIn.NewLinkCode(account, clock.GetUtcNow());
        session.Update(account);
        await session.SaveChangesAsync(HttpContext.RequestAborted);
        return Redirect($"/dang-nhap?handler=Link&code={code}");
    }

    public Task OnGetAsync() => Load();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await Try(async () =>
            {
                var account = await OwnAccountHandler.ChangePassword(Actor.Of(User), new PasswordChange(CurrentPassword, NewPassword), session, hasher,
                    signIn, HttpContext.RequestAborted);
                await session.SaveChangesAsync(HttpContext.RequestAborted);
                AccountCache.Forget(account.Id);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    SignInService.CookiePrincipal(account, User.FindFirst(SignInService.SessionClaim)?.Value));
            }))
        {
            Done = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.";
        }

        CurrentPassword = NewPassword = null;
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostTokenAsync()
    {
        await Try(async () =>
        {
            var account = await session.LoadAsync<Account>(Actor.Of(User).AccountId, HttpContext.RequestAborted) ?? throw Refusal.NotFound("Không có tài khoản này.");
            var (stored, token) = OwnAccountHandler.CreateToken(account, new NewApiToken(TokenName, TokenDays), clock.GetUtcNow());
            session.Insert(stored);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
            NewToken = token;
        });
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string tokenId)
    {
        if (await Try(async () =>
            {
                await OwnAccountHandler.RevokeToken(Actor.Of(User), tokenId, session, HttpContext.RequestAborted);
                await session.SaveChangesAsync(HttpContext.RequestAborted);
            }))
        {
            Done = "Đã thu hồi token.";
        }

        await Load();
        return Page();
    }

    async Task<bool> Try(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
            return false;
        }
    }

    async Task Load()
    {
        Actor = Actor.Of(User);
        Tokens = await OwnAccountHandler.Tokens(session, Actor, HttpContext.RequestAborted);
        Linked = (await session.LoadAsync<Account>(Actor.AccountId, HttpContext.RequestAborted))?.ExternalLogins.Count > 0;
    }
}
