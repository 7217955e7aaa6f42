using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;
using Oversight.Councils;
using Oversight.CouncilDirectory;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Accounts;

/// <summary>
/// A new account. An agency user's agency is the directory's: <see cref="AgencyId"/>, or a name the directory knows it by
/// (<see cref="AgencyName"/>: its name, short name or an alias, ignoring case and diacritics).
/// </summary>
public sealed record NewAccount(string? UserName, [Example("Nguyễn Thị Hương")] string? FullName, Role? Role, string? CouncilId,
    [Example("Sở Y tế")] string? AgencyName, string? Password, string? Email = null, Guid? AgencyId = null);

/// <summary>What an administrator sees of an account (never its password hash).</summary>
public sealed record AccountView(Guid Id, string UserName, string FullName, Role Role, string RoleLabel, string? CouncilId, string? AgencyName, bool Disabled,
    DateTimeOffset? LockedUntil, DateTimeOffset? LastSignInAt, Guid? AgencyId)
{
    public static AccountView Of(Account account) => new(account.Id, account.UserName, account.FullName, account.Role, Labels.Of(account.Role),
        account.CouncilId, account.AgencyName, account.Disabled, account.LockedUntil, account.LastSignInAt, account.AgencyId);
}

/// <summary>An administrator creates an account (its id made by the server).</summary>
[Requires(Capability.ManageAccounts)]
public sealed record CreateAccount(Guid AccountId, NewAccount Details);

public static class CreateAccountHandler
{
    public const string Tag = "Tài khoản";

    /// <summary>
    /// A council administrator creates accounts of their own council (any role but system administrator);
    /// a system administrator creates any, typically a council's first administrator.
    /// </summary>
    public static Account Decide(Actor by, NewAccount request, Council? council, bool userNameTaken, Guid id, DateTimeOffset now,
        IReadOnlyList<Agency>? agencies = null)
    {
        var councilId = by.Role == Role.SystemAdministrator ? request.CouncilId?.Trim() : by.CouncilId;
        var checks = new Checks()
            .Text(request.UserName, "userName", "tên đăng nhập", 100)
            .Require(request.UserName is null || UserNames.IsValid(request.UserName), "userName",
                "Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - @.")
            .Identifier(request.FullName, "fullName", "họ và tên", 200)
            .Require(request.Role is not null, "role", "Hãy chọn vai trò.")
            .Identifier(request.AgencyName, "agencyName", "tên cơ quan", 300, required: false)
            .Require(request.Role is not Role.AgencyUser || request.AgencyId is not null || !string.IsNullOrWhiteSpace(request.AgencyName), "agencyId",
                "Tài khoản của cơ quan phải chọn cơ quan chịu giám sát trong danh bạ.")
            .Require(string.IsNullOrWhiteSpace(request.Email) || MimeKit.MailboxAddress.TryParse(request.Email, out _) && request.Email.Trim() == request.Email && request.Email.Length <= 200
                && request.Email.Contains('@'), "email", "Địa chỉ e-mail không hợp lệ.");
        Passwords.Check(checks, request.Password, request.UserName);
        checks.ThrowIfAny();

        var wanted = request.Role!.Value;
        if (by.Role != Role.SystemAdministrator && wanted == Role.SystemAdministrator)
        {
            throw Refusal.Forbidden("Chỉ quản trị hệ thống mới tạo được tài khoản quản trị hệ thống.");
        }

        if (wanted != Role.SystemAdministrator && council is null)
        {
            throw Refusal.Invalid("councilId", "Hãy chọn Hội đồng nhân dân có trong hệ thống.");
        }

        if (userNameTaken)
        {
            throw Refusal.Conflict($"Tên đăng nhập “{Account.Normalise(request.UserName!)}” đã có người dùng.");
        }

        var agency = wanted == Role.AgencyUser ? AccountAgency.Find(request.AgencyId, request.AgencyName, agencies ?? []) : null;
        return new Account
        {
            Id = id,
            UserName = Account.Normalise(request.UserName!),
            FullName = request.FullName!,
            Role = wanted,
            CouncilId = wanted == Role.SystemAdministrator ? null : councilId,
            AgencyId = agency?.Id,
            AgencyName = agency?.Name,
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email,
            CreatedAt = now,
        };
    }

    public static async Task<Account> Create(Actor by, NewAccount request, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock,
        CancellationToken cancellation, Guid? id = null)
    {
        var councilId = by.Role == Role.SystemAdministrator ? request.CouncilId?.Trim() : by.CouncilId;
        var council = string.IsNullOrEmpty(councilId) ? null : await session.LoadAsync<Council>(councilId, cancellation);
        var userName = request.UserName is null ? "" : Account.Normalise(request.UserName);
        var taken = await session.Query<Account>().AnyAsync(account => account.UserName == userName, cancellation);
        var account = Decide(by, request, council, taken, id ?? Guid.CreateVersion7(), clock.GetUtcNow(), await AccountAgency.Directory(session, council, cancellation));
        account.PasswordHash = hasher.HashPassword(account, request.Password!);
        // Two administrators racing for one user name: the unique index refuses the second insert.
        session.Insert(account);
        return account;
    }

    [Untargeted]
    public static async Task<AccountView> Handle(CreateAccount command, Actor actor, IDocumentSession session, IPasswordHasher<Account> hasher,
        TimeProvider clock, ILogger<Account> logger, CancellationToken cancellation)
    {
        var account = await Create(actor, command.Details, session, hasher, clock, cancellation, command.AccountId);
        AccountLog.Created(logger, actor, account);
        return AccountView.Of(account);
    }
}

public static class CreateAccountEndpoint
{
    [Sends<CreateAccount>]
    [WolverinePost("/api/accounts")]
    [Tags(CreateAccountHandler.Tag)]
    [EndpointSummary("Tạo tài khoản (quản trị HĐND: trong HĐND của mình; quản trị hệ thống: mọi HĐND)")]
    public static async Task<Created<AccountView>> Post(NewAccount request, ClaimsPrincipal user, IMessageBus bus)
    {
        var account = await bus.SendAsync<AccountView>(Actor.Of(user), new CreateAccount(Guid.CreateVersion7(), request));
        return TypedResults.Created($"/api/accounts/{account.Id}", account);
    }
}

/// <summary>Account administration is not event-sourced, so each change is a structured log event naming who made it.</summary>
public static class AccountLog
{
    public static void Created(ILogger logger, Actor by, Account account) =>
        logger.LogInformation("Account {UserName} ({Role}, council {Council}) created by {By}", account.UserName, account.Role, account.CouncilId, by.UserName);

    public static void Changed(ILogger logger, Actor by, Account account, AccountChange change) =>
        logger.LogInformation("Account {UserName} changed by {By}: role {Role}, disabled {Disabled}, unlocked {Unlocked}, password reset {PasswordReset}",
            account.UserName, by.UserName, account.Role, account.Disabled, change.Unlock == true, change.NewPassword is not null);
}

public static class UserNames
{
    public static bool IsValid(string userName) =>
        userName.Length is >= 3 and <= 100 && userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}

/// <summary>The directory's agency an agency user's account is bound to.</summary>
public static class AccountAgency
{
    /// <summary>The agency picked by id, or named by one of its names; refused when the council's directory has no such agency.</summary>
    public static Agency Find(Guid? id, string? name, IReadOnlyList<Agency> agencies)
    {
        if (id is { } picked)
        {
            return agencies.FirstOrDefault(agency => agency.Id == picked)
                ?? throw Refusal.Invalid("agencyId", "Cơ quan được chọn không có trong danh bạ của HĐND này.");
        }

        return DirectoryNames.Match(name!, agencies) switch
        {
            { Found: { } agency } => agency,
            { Ambiguous: true } => throw Refusal.Invalid("agencyId", $"“{name!.Trim()}” là tên của nhiều cơ quan trong danh bạ; hãy chọn đúng cơ quan."),
            _ => throw Refusal.Invalid("agencyId", $"Danh bạ của HĐND chưa có cơ quan “{name!.Trim()}”: hãy thêm cơ quan vào danh bạ rồi chọn lại."),
        };
    }

    /// <summary>The agencies of the council's directory (read in that council, whoever the administrator is).</summary>
    public static async Task<IReadOnlyList<Agency>> Directory(IQuerySession session, Council? council, CancellationToken cancellation)
    {
        if (council is null)
        {
            return [];
        }

        await using var councilSession = session.DocumentStore.QuerySession(council.Id);
        return await councilSession.Query<Agency>().ToListAsync(cancellation);
    }
}
