using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Accounts;

public sealed record Me(Guid AccountId, string UserName, string FullName, Role Role, string RoleLabel, string? CouncilId, string? AgencyName,
    IReadOnlyList<Capability> Capabilities);

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

public sealed record NewApiToken(string? Name, int? Days);

/// <summary>Where to go, signed in here, to sign in at the provider and bind that identity; the code in it works once, until the time given.</summary>
public sealed record SingleSignOnLink(string Url, DateTimeOffset Until);

public sealed record ApiTokenView(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>The token itself is in this answer only; afterwards only its hash exists.</summary>
public sealed record CreatedApiToken(string Token, ApiTokenView Details);

public static class OwnAccountHandler
{
    public const int MaxTokenDays = 730;

    /// <summary>Only a person signed in with their password: an integration's token changes no password and makes no token.</summary>
    public static void EnsureSignedInByPassword(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName)
        {
            throw Refusal.Forbidden("Token API không dùng được để đổi mật khẩu hay tạo token mới; hãy đăng nhập bằng mật khẩu trên trang Tài khoản.");
        }
    }

    public static async Task<Account> ChangePassword(Actor by, PasswordChange change, IDocumentSession session, IPasswordHasher<Account> hasher,
        SignInService signIn, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<Account>(by.AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        var checks = new Checks().Text(change.CurrentPassword, "currentPassword", "mật khẩu hiện tại", 200);
        Passwords.Check(checks, change.NewPassword, account.UserName, "newPassword");
        checks.ThrowIfAny();
        await signIn.CheckCurrentPassword(account, change.CurrentPassword, "currentPassword", cancellation);

        account.PasswordHash = hasher.HashPassword(account, change.NewPassword!);
        account.SecurityStamp = Guid.NewGuid();
        session.Update(account);
        AccountCache.Forget(account.Id);
        return account;
    }

    public static (ApiToken Stored, string Token) CreateToken(Account account, NewApiToken request, DateTimeOffset now)
    {
        new Checks()
            .Text(request.Name, "name", "tên token (dùng cho việc gì)", 100)
            .Require(request.Days is null or (>= 1 and <= MaxTokenDays), "days", $"Thời hạn từ 1 đến {MaxTokenDays} ngày.")
            .ThrowIfAny();
        var token = ApiTokenAuthentication.NewToken();
        return (new ApiToken
        {
            Id = ApiTokenAuthentication.Hash(token),
            AccountId = account.Id,
            SecurityStamp = account.SecurityStamp,
            Name = request.Name!.Trim(),
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.Days ?? 365),
        }, token);
    }

    static ApiTokenView View(ApiToken token) => new(token.Id[..12], token.Name, token.CreatedAt, token.ExpiresAt);

    public static async Task<IReadOnlyList<ApiTokenView>> Tokens(IQuerySession session, Actor by, CancellationToken cancellation) =>
        [.. (await session.Query<ApiToken>().Where(token => token.AccountId == by.AccountId).OrderBy(token => token.CreatedAt).ToListAsync(cancellation)).Select(View)];

    /// <summary>Tokens are named by the first 12 characters of their hash: enough to tell them apart, useless to sign in.</summary>
    public static async Task RevokeToken(Actor by, string tokenId, IDocumentSession session, CancellationToken cancellation)
    {
        var mine = await session.Query<ApiToken>().Where(token => token.AccountId == by.AccountId).ToListAsync(cancellation);
        var token = mine.FirstOrDefault(candidate => tokenId.Length == 12 && candidate.Id.StartsWith(tokenId, StringComparison.Ordinal))
            ?? throw Refusal.NotFound("Không có token này.");
        session.Delete(token);
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/account/password")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Đổi mật khẩu của mình (mọi phiên đăng nhập khác kết thúc)")]
    public static async Task<NoContent> PostPassword(PasswordChange change, ClaimsPrincipal user, IDocumentSession session, IPasswordHasher<Account> hasher,
        SignInService signIn, HttpContext http, CancellationToken cancellation)
    {
        EnsureSignedInByPassword(user);
        var account = await ChangePassword(Actor.Of(user), change, session, hasher, signIn, cancellation);
        await session.SaveChangesAsync(cancellation);
        AccountCache.Forget(account.Id);
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            // This sign-in continues with the new stamp; the others end.
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                SignInService.CookiePrincipal(account, user.FindFirst(SignInService.SessionClaim)?.Value));
        }

        return TypedResults.NoContent();
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/account/single-sign-on-link")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tạo mã liên kết dùng một lần (10 phút): mở địa chỉ trả về để đăng nhập ở nhà cung cấp và liên kết định danh đó với tài khoản này")]
    public static async Task<SingleSignOnLink> PostSingleSignOnLink(ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        EnsureSignedInByPassword(user);
        var account = await session.LoadAsync<Account>(Actor.Of(user).AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        var code = OpenIdConnectSignIn.NewLinkCode(account, clock.GetUtcNow());
        session.Update(account);
        await session.SaveChangesAsync(cancellation);
        return new SingleSignOnLink($"/dang-nhap?handler=Link&code={code}", account.LinkCodeUntil!.Value);
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/account")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tài khoản đang đăng nhập: vai trò, HĐND, quyền")]
    public static Me GetMe(ClaimsPrincipal user)
    {
        var actor = Actor.Of(user);
        return new Me(actor.AccountId, actor.UserName, actor.FullName, actor.Role, Permissions.Label(actor.Role), actor.CouncilId, actor.AgencyName,
            [.. Permissions.Table[actor.Role].Order()]);
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/account/tokens")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Các token API của mình")]
    public static Task<IReadOnlyList<ApiTokenView>> GetTokens(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        Tokens(session, Actor.Of(user), cancellation);

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/account/tokens")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tạo token API (Authorization: Bearer …) cho phần mềm tích hợp; token chỉ hiện một lần")]
    public static async Task<CreatedApiToken> PostToken(NewApiToken request, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        EnsureSignedInByPassword(user);
        var account = await session.LoadAsync<Account>(Actor.Of(user).AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        var (stored, token) = CreateToken(account, request, clock.GetUtcNow());
        session.Insert(stored);
        return new CreatedApiToken(token, View(stored));
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineDelete("/api/account/tokens/{tokenId}")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Thu hồi token API")]
    public static async Task<NoContent> DeleteToken(string tokenId, ClaimsPrincipal user, IDocumentSession session, CancellationToken cancellation)
    {
        await RevokeToken(Actor.Of(user), tokenId, session, cancellation);
        return TypedResults.NoContent();
    }
}
