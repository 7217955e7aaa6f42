using Marten;
using Oversight.Councils;

namespace Oversight.CouncilDirectory.Migration;

/// <summary>
/// Once the app has started, matches the names of every council that was never matched (a council set up before the directory, or
/// since the last start): so an upgrade links what it can by itself, once per council, and the report says what is left. The same
/// pass runs on demand (<c>directory migrate</c>, the report page's button).
/// </summary>
public sealed class MatchingAtStart(IDocumentStore store, IHostApplicationLifetime lifetime, ILogger<MatchingAtStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await MatchAll(store, onlyNew: true, logger, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Names written before the directory could not be matched");
        }
    }

    /// <summary>Matches each council (or only those never matched), each in its own transaction, and returns their reports.</summary>
    public static async Task<IReadOnlyList<(Council Council, MigrationReport Report)>> MatchAll(IDocumentStore store, bool onlyNew, ILogger logger,
        CancellationToken cancellation, string? councilId = null)
    {
        List<Council> councils;
        HashSet<string> matched;
        await using (var query = store.QuerySession())
        {
            councils = [.. (await query.Query<Council>().ToListAsync(cancellation)).Where(council => councilId is null || council.Id == councilId)];
            matched = onlyNew ? [.. await query.Query<DirectoryMatched>().Select(record => record.Id).ToListAsync(cancellation)] : [];
        }

        var reports = new List<(Council, MigrationReport)>();
        foreach (var council in councils.Where(council => !matched.Contains(council.Id)))
        {
            await using var session = store.LightweightSession(council.Id);
            session.LastModifiedBy = DirectoryMigration.SystemUser;
            var report = await DirectoryMigration.Run(session, council.Id, cancellation);
            await session.SaveChangesAsync(cancellation);
            if (report.Linked > 0 || !report.Complete)
            {
                logger.LogInformation("Directory of {Council}: {Linked} names linked, {Agencies} agency names and {Committees} committee names left to pick",
                    council.Id, report.Linked, report.Agencies.Count, report.Committees.Count);
            }

            reports.Add((council, report));
        }

        return reports;
    }
}
