using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;

namespace Oversight.Pages.Identity;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class ProfileModel(IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? TokenName { get; set; }
    [BindProperty] public int? TokenDays { get; set; }

    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Done { get; private set; }

    public Task OnGetAsync() => Load();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await Try(async () =>
            {
                var account = await OwnAccountHandler.ChangePassword(Actor.Of(User), new PasswordChange(CurrentPassword, NewPassword), session, hasher,
                    HttpContext.RequestAborted);
                await session.SaveChangesAsync(HttpContext.RequestAborted);
                AccountCache.Forget(account.Id);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInService.CookiePrincipal(account));
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
            var (stored, token) = OwnAccountHandler.CreateToken(Actor.Of(User), new NewApiToken(TokenName, TokenDays), clock.GetUtcNow());
            session.Insert(stored);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
            NewToken = token;
        });
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string tokenId)
    {
        if (!this.Confirmed())
        {
            await Load();
            this.AskToConfirm(new Oversight.Web.Confirmation($"Thu hồi token “{Tokens.FirstOrDefault(token => token.Id == tokenId)?.Name}”?",
                ["Phần mềm nào đang dùng token này sẽ không truy cập được nữa; token đã thu hồi không dùng lại được."], "Xác nhận thu hồi token", Danger: true));
            return Page();
        }

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
    }
}
