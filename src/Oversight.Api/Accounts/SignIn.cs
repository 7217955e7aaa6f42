using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
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

                throw Failed(++attempts.Failed, until => (attempts.LockedUntil, attempts.Failed) = (until, 0), now);
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
            var refusal = Failed(++account.FailedSignIns, until => (account.LockedUntil, account.FailedSignIns) = (until, 0), now);
            session.Store(account);
            await session.SaveChangesAsync(cancellation);
            logger.LogWarning("Sign-in failed for {UserName} from {Address}: wrong password, {Locked}", userName, address,
                account.LockedUntil > now ? "account locked" : "not locked");
            throw refusal;
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

    /// <summary>Issues the sign-in cookie for an account that passed <see cref="Check"/>.</summary>
    public static Task SignInAsync(HttpContext http, Account account) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CookiePrincipal(account), new AuthenticationProperties { IsPersistent = false });

    public static System.Security.Claims.ClaimsPrincipal CookiePrincipal(Account account)
    {
        var identity = account.ToActor().ToIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new System.Security.Claims.Claim(StampClaim, account.SecurityStamp.ToString()));
        return new System.Security.Claims.ClaimsPrincipal(identity);
    }

    public const string StampClaim = "stamp";

    /// <summary>The answer to the n-th wrong password in a row: plain, a warning on the last attempt before the lockout, then the lockout.</summary>
    Refusal Failed(int failed, Action<DateTimeOffset> lockUntil, DateTimeOffset now)
    {
        var limit = settings.Value.MaxFailedAttempts;
        if (failed >= limit)
        {
            var until = now + settings.Value.LockoutDuration;
            lockUntil(until);
            return Locked(until);
        }

        return failed == limit - 1
            ? new(401, $"Tên đăng nhập hoặc mật khẩu không đúng. Nếu nhập sai thêm một lần nữa, tài khoản sẽ bị tạm khóa {Duration(settings.Value.LockoutDuration)}.")
            : new(401, "Tên đăng nhập hoặc mật khẩu không đúng.");
    }

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
    [EndpointSummary("Đăng nhập bằng tên và mật khẩu; trả về cookie phiên làm việc")]
    public static async Task<IResult> SignIn(SignInRequest request, SignInService service, HttpContext http)
    {
        var account = await service.Check(request, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        await SignInService.SignInAsync(http, account);
        return Results.NoContent();
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/account/sign-out")]
    [Tags("Tài khoản")]
    [EndpointSummary("Đăng xuất")]
    public static async Task<IResult> SignOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }
}
