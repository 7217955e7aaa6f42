using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Accounts;

/// <summary>The signed-in person; an agency user with the directory's agency their account is bound to.</summary>
public sealed record Me(Guid AccountId, string UserName, string FullName, Role Role, string RoleLabel, string? CouncilId, string? AgencyName,
    IReadOnlyList<Capability> Capabilities, Guid? AgencyId)
{
    public static Me Of(Actor actor, string? agencyName) => new(actor.AccountId, actor.UserName, actor.FullName, actor.Role, Labels.Of(actor.Role),
        actor.CouncilId, agencyName, [.. Permissions.Table[actor.Role].Order()], actor.AgencyId);
}

public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

public sealed record NewApiToken(string? Name, int? Days);

/// <summary>Where to go, signed in here, to sign in at the provider and bind that identity; the code in it works once, until the time given.</summary>
public sealed record SingleSignOnLink(string Url, DateTimeOffset Until);

public sealed record ApiTokenView(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <summary>The token itself is in this answer only; afterwards only its hash exists.</summary>
public sealed record CreatedApiToken(string Token, ApiTokenView Details);

/// <summary>A person changes their own password (a wrong current one counts toward the lockout); their other sign-ins and tokens end.</summary>
[Requires(Capability.OwnAccount)]
public sealed record ChangePassword(PasswordChange Change);

[Requires(Capability.OwnAccount)]
public sealed record CreateApiToken(NewApiToken Request);

/// <summary>Tokens are named by the first 12 characters of their hash: enough to tell them apart, useless to sign in.</summary>
[Requires(Capability.OwnAccount)]
public sealed record RevokeApiToken(string TokenId);

/// <summary>A one-time code, valid a few minutes, with which the signed-in person binds their single sign-on identity.</summary>
[Requires(Capability.OwnAccount)]
public sealed record LinkSingleSignOn;

/// <summary>What a person does with their own account; each command acts on the sender's account only.</summary>
public static class OwnAccountHandler
{
    public const int MaxTokenDays = 730;

    [OnOwnAccount]
    public static async Task<Account> Handle(ChangePassword command, Actor actor, IDocumentSession session, IPasswordHasher<Account> hasher, SignInService signIn,
        CancellationToken cancellation)
    {
        var current = await Own(actor, session, cancellation);
        var checks = new Checks().Text(command.Change.CurrentPassword, "currentPassword", "mật khẩu hiện tại", 200);
        Passwords.Check(checks, command.Change.NewPassword, current.UserName, "newPassword");
        checks.ThrowIfAny();
        await signIn.CheckCurrentPassword(current, command.Change.CurrentPassword, "currentPassword", cancellation);
        var account = current.Copy();
        account.PasswordHash = hasher.HashPassword(account, command.Change.NewPassword!);
        account.SecurityStamp = Guid.NewGuid();
        session.Update(account);
        AccountCache.Forget(account.Id);
        return account;
    }

    public static (ApiToken Stored, string Token) Decide(Account account, NewApiToken request, DateTimeOffset now)
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
            Name = request.Name!,
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.Days ?? 365),
        }, token);
    }

    [OnOwnAccount]
    public static async Task<CreatedApiToken> Handle(CreateApiToken command, Actor actor, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var (stored, token) = Decide(await Own(actor, session, cancellation), command.Request, clock.GetUtcNow());
        session.Insert(stored);
        return new CreatedApiToken(token, View(stored));
    }

    [OnOwnAccount]
    public static async Task Handle(RevokeApiToken command, Actor actor, IDocumentSession session, CancellationToken cancellation)
    {
        var mine = await session.Query<ApiToken>().Where(token => token.AccountId == actor.AccountId).ToListAsync(cancellation);
        var token = mine.FirstOrDefault(candidate => command.TokenId.Length == 12 && candidate.Id.StartsWith(command.TokenId, StringComparison.Ordinal))
            ?? throw Refusal.NotFound("Không có token này.");
        session.Delete(token);
    }

    [OnOwnAccount]
    public static async Task<SingleSignOnLink> Handle(LinkSingleSignOn command, Actor actor, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var account = (await Own(actor, session, cancellation)).Copy();
        var code = OpenIdConnectSignIn.NewLinkCode(account, clock.GetUtcNow());
        session.Update(account);
        return new SingleSignOnLink($"/dang-nhap?handler=Link&code={code}", account.LinkCodeUntil!.Value);
    }

    public static ApiTokenView View(ApiToken token) => new(token.Id[..12], token.Name, token.CreatedAt, token.ExpiresAt);

    public static async Task<IReadOnlyList<ApiTokenView>> Tokens(IQuerySession session, Actor by, CancellationToken cancellation) =>
        [.. (await session.Query<ApiToken>().Where(token => token.AccountId == by.AccountId).OrderBy(token => token.CreatedAt).ToListAsync(cancellation)).Select(View)];

    static async Task<Account> Own(Actor actor, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Account>(actor.AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");

    /// <summary>Only a person signed in with their password: an integration's token changes no password, makes no token, binds no identity.</summary>
    public static void EnsureSignedInByPassword(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType == ApiTokenAuthentication.SchemeName)
        {
            throw Refusal.Forbidden("Token API không dùng được để đổi mật khẩu hay tạo token mới; hãy đăng nhập bằng mật khẩu trên trang Tài khoản.");
        }
    }
}

public static class OwnAccountEndpoint
{
    [Sends<ChangePassword>]
    [WolverinePost("/api/account/password")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Đổi mật khẩu của mình (mọi phiên đăng nhập và token khác kết thúc)")]
    public static async Task<NoContent> PostPassword(PasswordChange change, ClaimsPrincipal user, IMessageBus bus, HttpContext http)
    {
        OwnAccountHandler.EnsureSignedInByPassword(user);
        var account = await bus.SendAsync<Account>(Actor.Of(user), new ChangePassword(change));
        AccountCache.Forget(account.Id);
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            // This sign-in continues with the new stamp; the others end.
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                SignInService.CookiePrincipal(account, user.FindFirst(SignInService.SessionClaim)?.Value));
        }

        return TypedResults.NoContent();
    }

    [Sends<LinkSingleSignOn>]
    [WolverinePost("/api/account/single-sign-on-link")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tạo mã liên kết dùng một lần (10 phút): mở địa chỉ trả về để đăng nhập ở nhà cung cấp và liên kết định danh đó với tài khoản này")]
    public static Task<SingleSignOnLink> PostSingleSignOnLink(ClaimsPrincipal user, IMessageBus bus)
    {
        OwnAccountHandler.EnsureSignedInByPassword(user);
        return bus.SendAsync<SingleSignOnLink>(Actor.Of(user), new LinkSingleSignOn());
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/account")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tài khoản đang đăng nhập: vai trò, HĐND, quyền")]
    public static async Task<Me> GetMe(ClaimsPrincipal user, IQuerySession session, CancellationToken cancellation)
    {
        var actor = Actor.Of(user);
        var agency = actor.AgencyId is null ? null : (await session.LoadAsync<Account>(actor.AccountId, cancellation))?.AgencyName;
        return Me.Of(actor, agency);
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/account/tokens")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Các token API của mình")]
    public static Task<IReadOnlyList<ApiTokenView>> GetTokens(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        OwnAccountHandler.Tokens(session, Actor.Of(user), cancellation);

    [Sends<CreateApiToken>]
    [WolverinePost("/api/account/tokens")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tạo token API (Authorization: Bearer …) cho phần mềm tích hợp; token chỉ hiện một lần")]
    public static Task<CreatedApiToken> PostToken(NewApiToken request, ClaimsPrincipal user, IMessageBus bus)
    {
        OwnAccountHandler.EnsureSignedInByPassword(user);
        return bus.SendAsync<CreatedApiToken>(Actor.Of(user), new CreateApiToken(request));
    }

    [Sends<RevokeApiToken>]
    [WolverineDelete("/api/account/tokens/{tokenId}")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Thu hồi token API")]
    public static async Task<NoContent> DeleteToken(string tokenId, ClaimsPrincipal user, IMessageBus bus)
    {
        await bus.SendAsync(Actor.Of(user), new RevokeApiToken(tokenId));
        return TypedResults.NoContent();
    }
}
