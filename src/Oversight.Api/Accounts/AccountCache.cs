using System.Collections.Concurrent;

namespace Oversight.Accounts;

/// <summary>
/// Every request with the sign-in cookie checks the account (disabled? password changed?). Measured under load,
/// that read was a quarter of the database round trips of logging a finding, so accounts are kept here a few
/// seconds; this process forgets an account the moment it changes it, another instance within the lifetime.
/// </summary>
public static class AccountCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    static readonly ConcurrentDictionary<Guid, (Account Account, DateTimeOffset Until)> accounts = new();

    public static async Task<Account?> Get(Guid id, DateTimeOffset now, Func<Task<Account?>> load)
    {
        if (accounts.TryGetValue(id, out var cached) && cached.Until > now)
        {
            return cached.Account;
        }

        var account = await load();
        if (account is not null)
        {
            accounts[id] = (account, now + Lifetime);
        }

        return account;
    }

    public static void Forget(Guid id) => accounts.TryRemove(id, out _);
}
