using Marten;
using Oversight.Common;

namespace Oversight.Holidays;

/// <summary>
/// Keeps the calendar's confirmed years in step with the database: read at start, again right after this instance
/// confirms a year, and every <see cref="Interval"/>, so that a confirmation made on another instance of the app
/// counts here within that time. The read is one small table (a row per confirmed year).
/// </summary>
public sealed class HolidayUpdates(IDocumentStore store, WorkingCalendar calendar, ILogger<HolidayUpdates> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    bool failing;

    public async Task Refresh(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var years = await session.Query<ConfirmedHolidays>().ToListAsync(cancellation);
        calendar.UseConfirmed(years.Select(year => year.ToYear()));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await Refresh(stoppingToken);
                failing = false;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a while (the app answers 503 meanwhile); the calendar keeps what it knew.
                if (!failing)
                {
                    logger.LogWarning(exception, "Could not read the confirmed holidays; the calendar keeps the ones it has");
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
