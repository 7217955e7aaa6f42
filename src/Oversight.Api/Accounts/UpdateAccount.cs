using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Accounts;

/// <summary>
/// An administrator's change to an account: fields left null stay as they are. <see cref="SingleSignOn"/> binds the
/// person's identity at the single sign-on provider (issuer and subject, as the provider's administrator reads them).
/// </summary>
public sealed record AccountChange(string? FullName, Role? Role, string? AgencyName, bool? Disabled, bool? Unlock, string? NewPassword,
    ExternalLogin? SingleSignOn = null, bool? UnlinkSingleSignOn = null, Guid? AgencyId = null);

/// <summary>An administrator changes an account.</summary>
[Requires(Capability.ManageAccounts)]
public sealed record UpdateAccount(Guid AccountId, AccountChange Change);

public static class UpdateAccountHandler
{
    /// <summary>The account as the change leaves it (a new object: the one loaded stays as it was).</summary>
    public static Account Decide(Actor by, Account current, AccountChange change, IReadOnlyList<Oversight.CouncilDirectory.Agency>? agencies = null)
    {
        var account = current.Copy();
        if (by.Role != Role.SystemAdministrator && account.CouncilId != by.CouncilId)
        {
            // Another council's account does not exist as far as this administrator can tell.
            throw Refusal.NotFound("Không có tài khoản này.");
        }

        if (by.Role != Role.SystemAdministrator && (account.Role == Role.SystemAdministrator || change.Role == Role.SystemAdministrator))
        {
            throw Refusal.Forbidden("Chỉ quản trị hệ thống mới thay đổi được tài khoản quản trị hệ thống.");
        }

        if (account.Id == by.AccountId && (change.Disabled == true || (change.Role is { } role && role != account.Role)))
        {
            throw Refusal.Conflict("Không thể tự khóa hoặc tự đổi vai trò tài khoản của chính mình; hãy nhờ một quản trị khác.");
        }

        var role2 = change.Role ?? account.Role;
        var picked = change.AgencyId is not null || !string.IsNullOrWhiteSpace(change.AgencyName);
        var checks = new Checks()
            .Identifier(change.FullName, "fullName", "họ và tên", 200, required: false)
            .Identifier(change.AgencyName, "agencyName", "tên cơ quan", 300, required: false)
            .Require(change.Role is null || change.Role == Role.SystemAdministrator || account.CouncilId is not null, "role",
                "Tài khoản quản trị hệ thống không thuộc HĐND nào; hãy tạo tài khoản mới.")
            .Require(role2 != Role.AgencyUser || picked || account.AgencyId is not null || account.AgencyName is not null, "agencyId",
                "Tài khoản của cơ quan phải chọn cơ quan chịu giám sát trong danh bạ.");
        if (change.NewPassword is not null)
        {
            Passwords.Check(checks, change.NewPassword, account.UserName, "newPassword");
        }

        if (change.SingleSignOn is { } login)
        {
            checks.Require(Uri.TryCreate(login.Issuer, UriKind.Absolute, out var issuer) && issuer.Scheme is "https" or "http" && login.Issuer.Length <= 500
                        && login.Issuer.Trim() == login.Issuer,
                    "singleSignOn.issuer", "Hãy ghi địa chỉ (issuer) của nhà cung cấp đăng nhập một lần, dạng https://….")
                .Identifier(login.Subject, "singleSignOn.subject", "định danh (subject) của người dùng tại nhà cung cấp", 500);
        }

        checks.ThrowIfAny();
        if (change.UnlinkSingleSignOn == true)
        {
            account.ExternalLogins = [];
        }

        if (change.SingleSignOn is { } bound)
        {
            account.ExternalLogins = [new ExternalLogin(bound.Issuer, bound.Subject)];
        }

        if (!string.IsNullOrWhiteSpace(change.FullName))
        {
            account.FullName = change.FullName;
        }

        // An agency user keeps the agency it had unless another is picked; another role has none.
        var agency = role2 == Role.AgencyUser && picked ? AccountAgency.Find(change.AgencyId, change.AgencyName, agencies ?? []) : null;
        account.Role = role2;
        (account.AgencyId, account.AgencyName) = role2 != Role.AgencyUser ? (null, null)
            : agency is not null ? (agency.Id, agency.Name)
            : (account.AgencyId, account.AgencyName);
        if (change.Disabled is { } disabled && disabled != account.Disabled)
        {
            account.Disabled = disabled;
            account.SecurityStamp = Guid.NewGuid();
        }

        if (change.Unlock == true)
        {
            account.LockedUntil = null;
            account.FailedSignIns = 0;
        }

        return account;
    }

    [Untargeted]
    public static async Task<AccountView> Handle(UpdateAccount command, Actor actor, IDocumentSession session, IPasswordHasher<Account> hasher,
        ILogger<Account> logger, CancellationToken cancellation)
    {
        var (accountId, change) = command;
        var current = await session.LoadAsync<Account>(accountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        if (change.SingleSignOn is { } login && await session.Query<Account>().AnyAsync(other => other.Id != accountId
                && other.ExternalLogins.Any(known => known.Issuer == login.Issuer && known.Subject == login.Subject), cancellation))
        {
            throw Refusal.Conflict("Định danh đăng nhập một lần này đã được liên kết với một tài khoản khác.");
        }

        var council = current.CouncilId is null ? null : await session.LoadAsync<Oversight.Councils.Council>(current.CouncilId, cancellation);
        var account = Decide(actor, current, change, await AccountAgency.Directory(session, council, cancellation));
        if (change.NewPassword is not null)
        {
            account.PasswordHash = hasher.HashPassword(account, change.NewPassword);
            account.SecurityStamp = Guid.NewGuid();
        }

        session.Update(account);
        AccountCache.Forget(account.Id);
        AccountLog.Changed(logger, actor, account, change);
        return AccountView.Of(account);
    }
}

public static class UpdateAccountEndpoint
{
    [Sends<UpdateAccount>]
    [WolverinePut("/api/accounts/{accountId}")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Sửa tài khoản: họ tên, vai trò, cơ quan, khóa/mở khóa, đặt lại mật khẩu, liên kết đăng nhập một lần")]
    public static async Task<AccountView> Put(Guid accountId, AccountChange change, ClaimsPrincipal user, IMessageBus bus)
    {
        var account = await bus.SendAsync<AccountView>(Actor.Of(user), new UpdateAccount(accountId, change));
        // Again after the commit: a request in between may have cached the old account.
        AccountCache.Forget(accountId);
        return account;
    }
}

public static class ListAccountsEndpoint
{
    public static async Task<IReadOnlyList<AccountView>> Query(IQuerySession session, Actor by, string? councilId, CancellationToken cancellation)
    {
        var council = by.Role == Role.SystemAdministrator ? councilId : by.CouncilId;
        var query = session.Query<Account>().AsQueryable();
        if (!string.IsNullOrEmpty(council))
        {
            query = query.Where(account => account.CouncilId == council);
        }

        var accounts = await query.OrderBy(account => account.UserName).Take(2000).ToListAsync(cancellation);
        return [.. accounts.Select(AccountView.Of)];
    }

    [Allow(Capability.ManageAccounts)]
    [WolverineGet("/api/accounts")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Danh sách tài khoản của HĐND (quản trị hệ thống: lọc theo ?councilId=)")]
    public static Task<IReadOnlyList<AccountView>> Get(IQuerySession session, ClaimsPrincipal user, string? councilId, CancellationToken cancellation) =>
        Query(session, Actor.Of(user), councilId, cancellation);

    [Allow(Capability.ManageAccounts)]
    [WolverineGet("/api/accounts/{accountId}")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Một tài khoản (quản trị HĐND: của HĐND mình)")]
    public static async Task<Results<Ok<AccountView>, ProblemHttpResult>> GetOne(Guid accountId, IQuerySession session, ClaimsPrincipal user,
        CancellationToken cancellation)
    {
        var by = Actor.Of(user);
        // Another council's account does not exist as far as a council's administrator can tell.
        return await session.LoadAsync<Account>(accountId, cancellation) is { } account && (by.Role == Role.SystemAdministrator || account.CouncilId == by.CouncilId)
            ? TypedResults.Ok(AccountView.Of(account))
            : Web.Problems.NotFound("Không có tài khoản này.");
    }
}
