using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Accounts;

namespace Oversight.Scale;

/// <summary>Writes a planned country into an event store: the councils, the bench accounts, then each council's programmes in parallel.</summary>
public static class Generator
{
    /// <param name="progress">Told after each batch: programmes and events written.</param>
    public static async Task Run(IDocumentStore store, Country country, string password, int workers, Action<int, int> progress)
    {
        await using (var session = store.LightweightSession())
        {
            session.Store([.. country.Councils.Select(plan => plan.Council)]);
            // Written with their directories, the councils have nothing left to match with them.
            session.Store([.. country.Councils.Select(plan => new Oversight.CouncilDirectory.Migration.DirectoryMatched { Id = plan.Council.Id, On = DateTimeOffset.UtcNow })]);
            var hasher = new PasswordHasher<Account>();
            foreach (var account in country.BenchAccounts())
            {
                account.PasswordHash = hasher.HashPassword(account, password);
                session.Store(account);
            }

            await session.SaveChangesAsync();
        }

        await Parallel.ForEachAsync(country.Councils, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (council, cancellation) =>
        {
            var writer = new CouncilWriter(council, new Random(council.Seed));
            // One transaction per few thousand events keeps memory flat and the server busy.
            foreach (var batch in writer.Programmes().Chunk(40))
            {
                await using var session = store.LightweightSession(council.Council.Id);
                session.LastModifiedBy = $"{council.Council.Id}.vanphong";
                var events = 0;
                foreach (var programme in batch)
                {
                    events += programme.AppendTo(session);
                }

                await session.SaveChangesAsync(cancellation);
                progress(batch.Length, events);
            }

            await using var numbering = store.LightweightSession(council.Council.Id);
            numbering.Store([.. writer.Numbering()]);
            numbering.Store([.. writer.Directory()]);
            await numbering.SaveChangesAsync(cancellation);
        });
    }
}
