using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Microsoft.Extensions.Options;
using Oversight.Notifications;
using Wolverine;
using Oversight.Web;

namespace Oversight.Pages.Identity;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class ProfileModel(IDocumentSession session, IMessageBus bus, IConfiguration configuration, IOptions<MailSettings> mail,
    IOptions<NotificationSettings> notifications) : PageModel
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

    public EmailChoice Email { get; private set; } = null!;

    public async Task<IActionResult> OnPostEmailAsync(EmailDelivery? email)
    {
        if (await Try(() => bus.SendAsync(Actor.Of(User), new ChooseEmailDelivery(email))))
        {
            Done = "Đã lưu cách nhận thông báo qua thư điện tử.";
        }

        await Load();
        return Page();
    }
    /// <summary>For an agency user: the agency the account is bound to.</summary>
    public string? AgencyName { get; private set; }

    public async Task<IActionResult> OnPostLinkSingleSignOnAsync() =>
        SingleSignOn is null ? NotFound() : Redirect((await bus.SendAsync<SingleSignOnLink>(Actor.Of(User), new LinkSingleSignOn())).Url);

    public Task OnGetAsync() => Load();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await Try(async () =>
            {
                var account = await bus.SendAsync<Account>(Actor.Of(User), new ChangePassword(new PasswordChange(CurrentPassword, NewPassword)));
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
            NewToken = (await bus.SendAsync<CreatedApiToken>(Actor.Of(User), new CreateApiToken(new NewApiToken(TokenName, TokenDays)))).Token;
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
                await bus.SendAsync(Actor.Of(User), new RevokeApiToken(tokenId));
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
        var account = await session.LoadAsync<Account>(Actor.AccountId, HttpContext.RequestAborted);
        Linked = account?.ExternalLogins.Count > 0;
        AgencyName = account?.AgencyName;
        Email = await ChooseEmailDeliveryHandler.Of(session, Actor, mail, notifications, HttpContext.RequestAborted);
    }
}
