using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Accounts;

public sealed record SignInRequest(string? UserName, string? Password);

public sealed class SignInSettings
{
    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in requests one address may make per minute (a council office often shares one address).</summary>
    public int AttemptsPerMinutePerAddress { get; set; } = 60;

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>Checks a user name and password with lockout; every outcome is logged as a structured event.</summary>
public sealed class SignInService(IDocumentSession session, IPasswordHasher<Account> hasher, IOptions<SignInSettings> settings, TimeProvider clock,
    ILogger<SignInService> logger)
{
    public const string RateLimitPolicy = "sign-in";

    // Unknown user names cost a hash check too, so timing does not tell which names exist.
    static readonly string decoy = new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString());

    // Wrong attempts on names with no usable account are counted as an account's are, so that the warning before the lockout
    // and the lockout itself answer alike whether the name exists or not. Kept in memory, bounded; oldest dropped first.
    static readonly MemoryCache strangers = new(new MemoryCacheOptions { SizeLimit = 100_000, CompactionPercentage = 0.2 });

    sealed class StrangerAttempts
    {
        public int Failed;
        public DateTimeOffset? LockedUntil;
    }

    public async Task<Account> Check(SignInRequest request, string? address, CancellationToken cancellation)
    {
        new Checks()
            .Text(request.UserName, "userName", "tên đăng nhập", 100)
            .Text(request.Password, "password", "mật khẩu", 200)
            .ThrowIfAny();
        var userName = Account.Normalise(request.UserName!);
        var account = await session.Query<Account>().SingleOrDefaultAsync(candidate => candidate.UserName == userName, cancellation);
        var now = clock.GetUtcNow();
        if (account is null || account.Disabled)
        {
            hasher.VerifyHashedPassword(new Account(), decoy, request.Password!);
            logger.LogWarning("Sign-in failed for {UserName} from {Address}: {Reason}", userName, address, account is null ? "unknown user" : "disabled");
            var attempts = strangers.GetOrCreate(userName, entry =>
            {
                entry.Size = 1;
                return new StrangerAttempts();
            })!;
            lock (attempts)
            {
                if (attempts.LockedUntil > now)
                {
                    throw Locked(attempts.LockedUntil.Value);
                }

                if (++attempts.Failed >= settings.Value.MaxFailedAttempts)
                {
                    (attempts.LockedUntil, attempts.Failed) = (now + settings.Value.LockoutDuration, 0);
                    throw Locked(attempts.LockedUntil.Value);
                }

                throw WrongCredentials(attempts.Failed);
            }
        }

        if (account.LockedUntil > now)
        {
            logger.LogWarning("Sign-in refused for {UserName} from {Address}: locked until {LockedUntil}", userName, address, account.LockedUntil);
            throw Locked(account.LockedUntil.Value);
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!);
        if (result == PasswordVerificationResult.Failed)
        {
            var (failed, lockedUntil) = await RecordFailure(account.Id, cancellation);
            logger.LogWarning("Sign-in failed for {UserName} from {Address}: wrong password, {Locked}", userName, address,
                lockedUntil is null ? "not locked" : "account locked");
            throw lockedUntil is { } until ? Locked(until) : WrongCredentials(failed);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, request.Password!);
        }

        account.FailedSignIns = 0;
        account.LockedUntil = null;
        account.LastSignInAt = now;
        session.Store(account);
        await session.SaveChangesAsync(cancellation);
        logger.LogInformation("Signed in {UserName} ({Role}, council {Council}) from {Address}", userName, account.Role, account.CouncilId, address);
        return account;
    }

    /// <summary>
    /// Counts a wrong password in one statement, so that simultaneous attempts cannot each read the old count: the one that
    /// reaches the limit locks the account, and attempts on a locked account count nothing. Returns the failures counted so far,
    /// and the lock's end if locked.
    /// </summary>
    public async Task<(int Failed, DateTimeOffset? LockedUntil)> RecordFailure(Guid accountId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var rows = await session.AdvancedSql.QueryAsync<string>($"""
            update {Hosting.Persistence.Schema}.mt_doc_account set data = case
                when (data ->> 'LockedUntil') is not null and (data ->> 'LockedUntil')::timestamptz > ?::timestamptz then data
                when coalesce((data ->> 'FailedSignIns')::int, 0) + 1 >= ? then data || jsonb_build_object('FailedSignIns', 0, 'LockedUntil', ?::text)
                else data || jsonb_build_object('FailedSignIns', coalesce((data ->> 'FailedSignIns')::int, 0) + 1)
            end
            where id = ?
            returning coalesce(data ->> 'FailedSignIns', '0') || '|' || coalesce(data ->> 'LockedUntil', '')
            """, cancellation, now.ToString("o"), settings.Value.MaxFailedAttempts, (now + settings.Value.LockoutDuration).ToString("o"), accountId);
        AccountCache.Forget(accountId);
        var parts = (rows.SingleOrDefault() ?? "0|").Split('|');
        var until = parts[1].Length > 0 ? DateTimeOffset.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), until > now ? until : null);
    }

    /// <summary>A wrong current password (on a password change) counts toward the lockout like a wrong sign-in.</summary>
    public async Task CheckCurrentPassword(Account account, string? password, string field, CancellationToken cancellation)
    {
        if (account.LockedUntil > clock.GetUtcNow())
        {
            throw Locked(account.LockedUntil.Value);
        }

        if (password is null || hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var (failed, lockedUntil) = await RecordFailure(account.Id, cancellation);
            logger.LogWarning("Wrong current password for {UserName}, {Locked}", account.UserName, lockedUntil is null ? "not locked" : "account locked");
            throw lockedUntil is { } until ? Locked(until) : Refusal.Invalid(field, "Mật khẩu hiện tại không đúng." + LastAttemptWarning(failed));
        }
    }

    /// <summary>Issues the sign-in cookie for an account that passed <see cref="Check"/>.</summary>
    public static Task SignInAsync(HttpContext http, Account account) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CookiePrincipal(account), new AuthenticationProperties { IsPersistent = false });

    /// <summary>The cookie of a new sign-in, or of the same one again (<paramref name="session"/>) after a change to the account.</summary>
    public static System.Security.Claims.ClaimsPrincipal CookiePrincipal(Account account, string? session = null)
    {
        var identity = account.ToActor().ToIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new System.Security.Claims.Claim(StampClaim, account.SecurityStamp.ToString()));
        identity.AddClaim(new System.Security.Claims.Claim(SessionClaim, session ?? Guid.NewGuid().ToString()));
        return new System.Security.Claims.ClaimsPrincipal(identity);
    }

    public const string StampClaim = "stamp";

    /// <summary>Names one sign-in, so that signing out ends it on the server too (<see cref="Account.EndedSessions"/>).</summary>
    public const string SessionClaim = "session";

    /// <summary>Signs out this sign-in and remembers it as ended, so that a copy of its cookie is refused from now on.</summary>
    public static async Task SignOutAsync(HttpContext http, IDocumentSession session, TimeSpan lifetime, TimeProvider clock, CancellationToken cancellation)
    {
        if (Actor.From(http.User) is { } actor && http.User.FindFirst(SessionClaim)?.Value is { } ended
            && await session.LoadAsync<Account>(actor.AccountId, cancellation) is { } account)
        {
            var now = clock.GetUtcNow();
            account.EndedSessions = [.. account.EndedSessions.Where(old => old.Until > now), new EndedSession(ended, now + lifetime)];
            session.Update(account);
            await session.SaveChangesAsync(cancellation);
            AccountCache.Forget(account.Id);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>The answer to a wrong password: with a warning when the next wrong one locks the account.</summary>
    Refusal WrongCredentials(int failed) => new(401, "Tên đăng nhập hoặc mật khẩu không đúng." + LastAttemptWarning(failed));

    string LastAttemptWarning(int failed) => failed == settings.Value.MaxFailedAttempts - 1
        ? $" Nếu nhập sai thêm một lần nữa, tài khoản sẽ bị tạm khóa {Duration(settings.Value.LockoutDuration)}."
        : "";

    static string Duration(TimeSpan span) => span.TotalMinutes < 120 ? $"{Math.Round(span.TotalMinutes)} phút" : $"{Math.Round(span.TotalHours)} giờ";

    static Refusal Locked(DateTimeOffset until) =>
        new(423, $"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; hãy thử lại sau {VietnamTime.Format(until)} hoặc nhờ quản trị mở khóa.");
}

public static class SignInEndpoints
{
    [AllowAnonymous]
    [EnableRateLimiting(SignInService.RateLimitPolicy)]
    [WolverinePost("/api/account/sign-in")]
    [Tags("Tài khoản")]
    [EndpointSummary("Đăng nhập bằng tên và mật khẩu: 200 với tài khoản vừa đăng nhập (vai trò, HĐND, quyền) và cookie phiên làm việc")]
    public static async Task<Me> SignIn(SignInRequest request, SignInService service, HttpContext http)
    {
        var account = await service.Check(request, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        await SignInService.SignInAsync(http, account);
        return Me.Of(account.ToActor(), account.AgencyName);
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/account/sign-out")]
    [Tags("Tài khoản")]
    [EndpointSummary("Đăng xuất")]
    public static async Task<NoContent> SignOut(HttpContext http, IDocumentSession session, IOptions<SignInSettings> settings, TimeProvider clock)
    {
        await SignInService.SignOutAsync(http, session, settings.Value.SessionLifetime, clock, http.RequestAborted);
        return TypedResults.NoContent();
    }
}
