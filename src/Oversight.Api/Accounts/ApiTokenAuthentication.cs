using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Oversight.Accounts;

/// <summary>Signs in integrations that send <c>Authorization: Bearer ovs_…</c> with a token made on the account page or API.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string Prefix = "ovs_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return AuthenticateResult.Fail("Malformed token");
        }

        ApiToken? stored;
        Account? account;
        try
        {
            await using var session = store.QuerySession();
            stored = await session.LoadAsync<ApiToken>(Hash(token), Context.RequestAborted);
            account = stored is null ? null : await session.LoadAsync<Account>(stored.AccountId, Context.RequestAborted);
        }
        catch (Exception exception) when (Hosting.DatabaseOutage.Is(exception))
        {
            Hosting.DatabaseOutage.Mark(Context);
            return AuthenticateResult.NoResult();
        }

        if (stored is null || stored.ExpiresAt <= clock.GetUtcNow())
        {
            return AuthenticateResult.Fail("Unknown or expired token");
        }

        if (account is null || account.Disabled || account.SecurityStamp != stored.SecurityStamp)
        {
            return AuthenticateResult.Fail("Account disabled or its password changed since the token was made");
        }

        var principal = new System.Security.Claims.ClaimsPrincipal(account.ToActor().ToIdentity(SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    public static string NewToken() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
