using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Oversight.Accounts;

/// <summary>
/// Optional sign-in through a government single sign-on (OpenID Connect), configured per deployment in
/// <c>Authentication:OpenIdConnect</c>. The provider proves who the person is; what they may do comes from the local
/// account that identity (issuer and subject) was bound to, once, by an administrator or by the person with a one-time
/// code: a user name the provider asserts binds nothing.
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string Scheme = "oidc";

    public sealed class Settings
    {
        public string? Authority { get; set; }
        public string? ClientId { get; set; }
        public string? ClientSecret { get; set; }
        /// <summary>What the button on the sign-in page says.</summary>
        public string DisplayName { get; set; } = "Đăng nhập một lần (SSO)";
    }

    public static Settings? Configured(IConfiguration configuration) =>
        configuration.GetSection("Authentication:OpenIdConnect").Get<Settings>() is { Authority: { Length: > 0 }, ClientId: { Length: > 0 } } settings
            ? settings
            : null;

    public static void AddIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (Configured(configuration) is not { } settings)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.ResponseType = "code";
            options.UsePkce = true;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.CallbackPath = "/dang-nhap/sso/callback";
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context => MapToLocalAccount(context, settings),
            };
        });
    }

    const string LinkItem = "oversight-link";

    /// <summary>Starts a sign-in at the provider; with a link code, the identity it proves gets bound to the code's account.</summary>
    public static AuthenticationProperties Challenge(string returnUrl, string? linkCode)
    {
        var properties = new AuthenticationProperties { RedirectUri = returnUrl };
        if (!string.IsNullOrEmpty(linkCode))
        {
            properties.Items[LinkItem] = linkCode;
        }

        return properties;
    }

    static async Task MapToLocalAccount(TokenValidatedContext context, Settings settings)
    {
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILogger<Settings>>();
        var subject = context.Principal?.FindFirst("sub") ?? context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier);
        context.Properties!.Items.TryGetValue(LinkItem, out var code);
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        var (account, refusal) = subject is null
            ? (null, "Nhà cung cấp đăng nhập không cho biết định danh người dùng.")
            : await Resolve(session, new ExternalLogin(subject.Issuer, subject.Value), code, services.GetRequiredService<TimeProvider>().GetUtcNow(),
                context.HttpContext.RequestAborted);
        if (account is null)
        {
            logger.LogWarning("Single sign-on refused for {Issuer} {Subject}: {Reason}", subject?.Issuer, subject?.Value, refusal);
            context.Fail(refusal);
            return;
        }

        logger.LogInformation("Signed in {UserName} ({Role}, council {Council}) through single sign-on", account.UserName, account.Role, account.CouncilId);
        context.Principal = SignInService.CookiePrincipal(account);
    }

    /// <summary>
    /// The local account of a provider's identity (issuer and subject): the one bound to it, or, when the person
    /// brings a link code made while signed in here with their password, the code's account, which the identity is
    /// then bound to. Never by a user name the provider asserts.
    /// </summary>
    public static async Task<(Account? Account, string Refusal)> Resolve(IDocumentSession session, ExternalLogin login, string? code, DateTimeOffset now,
        CancellationToken cancellation)
    {
        var bound = await session.Query<Account>()
            .Where(account => account.ExternalLogins.Any(known => known.Issuer == login.Issuer && known.Subject == login.Subject))
            .ToListAsync(cancellation);
        if (string.IsNullOrEmpty(code))
        {
            return bound.SingleOrDefault(account => !account.Disabled) is { } account
                ? (account, "")
                : (null, "Tài khoản đăng nhập một lần này chưa được liên kết với tài khoản nào: hãy đăng nhập bằng mật khẩu rồi liên kết trên trang Tài khoản, " +
                    "hoặc nhờ quản trị liên kết.");
        }

        var hash = ApiTokenAuthentication.Hash(code);
        var holder = await session.Query<Account>().SingleOrDefaultAsync(account => account.LinkCodeHash == hash, cancellation);
        if (holder is null || holder.Disabled || holder.LinkCodeUntil <= now)
        {
            return (null, "Mã liên kết không đúng hoặc đã hết hạn; hãy tạo lại trên trang Tài khoản.");
        }

        if (bound.Any(account => account.Id != holder.Id))
        {
            return (null, "Tài khoản đăng nhập một lần này đã được liên kết với một tài khoản khác.");
        }

        holder.LinkCodeHash = null;
        holder.LinkCodeUntil = null;
        if (!holder.ExternalLogins.Contains(login))
        {
            holder.ExternalLogins = [.. holder.ExternalLogins, login];
        }

        session.Update(holder);
        await session.SaveChangesAsync(cancellation);
        AccountCache.Forget(holder.Id);
        return (holder, "");
    }

    /// <summary>A one-time code, valid a few minutes, with which the signed-in person binds their single sign-on identity.</summary>
    public static string NewLinkCode(Account account, DateTimeOffset now)
    {
        var code = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        account.LinkCodeHash = ApiTokenAuthentication.Hash(code);
        account.LinkCodeUntil = now.AddMinutes(10);
        return code;
    }
}
