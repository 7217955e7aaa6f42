using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;

namespace Oversight.Accounts;

/// <summary>
/// At start, when the deployment has no system administrator yet and <c>Administrator:UserName</c> and
/// <c>Administrator:Password</c> are configured (environment or secrets), creates that administrator. There is
/// no built-in default: without configuration the <c>accounts</c> command creates the first one.
/// </summary>
public sealed class FirstAdministrator(IDocumentStore store, IConfiguration configuration, IPasswordHasher<Account> hasher, ILogger<FirstAdministrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Administrator");
        if (string.IsNullOrEmpty(section["UserName"]) || string.IsNullOrEmpty(section["Password"]))
        {
            return;
        }

        await using var session = store.LightweightSession();
        if (await session.Query<Account>().AnyAsync(account => account.Role == Role.SystemAdministrator, cancellationToken))
        {
            return;
        }

        try
        {
            var system = new Actor(Guid.Empty, "configuration", "Cấu hình", Role.SystemAdministrator, null, null);
            var account = await CreateAccountHandler.Create(system, new NewAccount(section["UserName"], section["FullName"] ?? "Quản trị hệ thống",
                Role.SystemAdministrator, null, null, section["Password"]), session, hasher, TimeProvider.System, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
            logger.LogInformation("First system administrator {UserName} created from configuration", account.UserName);
        }
        catch (Refusal refusal)
        {
            logger.LogError("The configured first administrator was not created: {Reason}", refusal.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
