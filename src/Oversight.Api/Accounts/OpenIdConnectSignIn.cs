using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Oversight.Accounts;

/// <summary>
/// Optional sign-in through a government single sign-on (OpenID Connect), configured per deployment in
/// <c>Authentication:OpenIdConnect</c>. The provider proves who the person is; what they may do still comes
/// from the local account whose user name the provider's claim names, so nobody gets in without one.
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string Scheme = "oidc";

    public sealed class Settings
    {
        public string? Authority { get; set; }
        public string? ClientId { get; set; }
        public string? ClientSecret { get; set; }
        /// <summary>The claim holding the local user name.</summary>
        public string UserNameClaim { get; set; } = "preferred_username";
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

    static async Task MapToLocalAccount(TokenValidatedContext context, Settings settings)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<Settings>>();
        var claimed = context.Principal?.FindFirst(settings.UserNameClaim)?.Value;
        Account? account = null;
        if (!string.IsNullOrWhiteSpace(claimed))
        {
            var userName = Account.Normalise(claimed);
            await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
            account = await session.Query<Account>().SingleOrDefaultAsync(candidate => candidate.UserName == userName && !candidate.Disabled);
        }

        if (account is null)
        {
            logger.LogWarning("Single sign-on refused for {Claimed}: no enabled local account", claimed);
            context.Fail("Không có tài khoản tương ứng trong phần mềm.");
            return;
        }

        logger.LogInformation("Signed in {UserName} ({Role}, council {Council}) through single sign-on", account.UserName, account.Role, account.CouncilId);
        context.Principal = SignInService.CookiePrincipal(account);
    }
}
