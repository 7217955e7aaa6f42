using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Oversight.Common;
using Oversight.Hosting;

namespace Oversight.Backups;

/// <summary>Section <c>Backup</c>: the daily backup (on by default with the private database) and how many to keep.</summary>
public sealed class BackupSettings
{
    /// <summary>Null: on with the private database, off with a configured server (whose operators back it up their own way).</summary>
    public bool? Daily { get; set; }

    /// <summary>Vietnam time.</summary>
    public TimeOnly At { get; set; } = new(2, 0);

    public int Keep { get; set; } = 14;
}

/// <summary>That a day's backup was taken, and where: the record that makes it once a day whatever the number of instances.</summary>
public sealed class DailyBackupRecord
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (Vietnam time).</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset TakenAt { get; set; }
    public string File { get; set; } = "";
    public long Bytes { get; set; }
    public string Machine { get; set; } = "";
}

public enum DailyBackupOutcome
{
    Written,
    AlreadyTaken,
    UnderWayElsewhere,
    NoRoom,
}

/// <summary>
/// The daily backup: a hosted service in every instance checks at the configured time, and every hour after
/// (so a day missed while the machine was off or the database down is taken at the next chance). Once across
/// instances: under a PostgreSQL advisory lock on the app's database, the instance holding it takes the day's
/// backup only if no record of that day is there yet, then writes the record. A hosted service rather than a
/// Wolverine scheduled message: the first message would itself have to be scheduled once among instances, and a
/// long pg_dump inside a handler could be run again by another node if its owner looked stale; the lock is
/// released by PostgreSQL if the instance dies mid-way, and the next hourly check of another takes over.
/// </summary>
public sealed class DailyBackups(
    DatabaseBackups backups,
    OversightDatabase database,
    IDocumentStore store,
    IOptions<BackupSettings> settings,
    CommandLine commandLine,
    TimeProvider clock,
    ILogger<DailyBackups> logger) : BackgroundService
{
    /// <summary>Leaves the app's start (and the samples) alone before the first check.</summary>
    static readonly TimeSpan firstCheckAfter = TimeSpan.FromMinutes(1);

    static readonly TimeSpan checkEvery = TimeSpan.FromHours(1);

    /// <summary>Advisory lock key, "OVBACKUP" in ASCII: one database's instances share it, other databases are unaffected.</summary>
    const long LockKey = 0x4F56_4241_434B_5550;

    const string FilePattern = "oversight-daily-*.zip";

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var enabled = settings.Value.Daily ?? database.IsPrivate;
        if (commandLine.IsCommand || !enabled)
        {
            return;
        }

        logger.LogInformation("Daily backups at {At} (Vietnam time) into {Folder}, the last {Keep} kept", settings.Value.At, backups.Folder, Keep);
        var wait = firstCheckAfter;
        while (true)
        {
            await Task.Delay(wait, clock, stopping);
            try
            {
                await RunIfDue(stopping);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The daily backup into {Folder} failed; it is tried again within the hour", backups.Folder);
            }

            var now = clock.GetUtcNow();
            var untilNext = LastMoment(now).AddDays(1) - now;
            wait = untilNext < checkEvery ? untilNext : checkEvery;
        }
    }

    int Keep => Math.Max(1, settings.Value.Keep);

    /// <summary>The latest moment a daily backup was due, at or before <paramref name="now"/>.</summary>
    DateTimeOffset LastMoment(DateTimeOffset now)
    {
        var today = VietnamTime.DateOf(now);
        var moment = new DateTimeOffset(today.ToDateTime(settings.Value.At), VietnamTime.Offset);
        return moment <= now ? moment : moment.AddDays(-1);
    }

    /// <summary>Takes the backup of the day last due unless it is taken already or being taken by another instance.</summary>
    public async Task<DailyBackupOutcome> RunIfDue(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var day = VietnamTime.DateOf(LastMoment(now)).ToString("yyyy-MM-dd");
        // Not pooled: closing it releases the lock even if unlocking below never runs.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellation);
        if (!await Lock(connection, "pg_try_advisory_lock", cancellation))
        {
            return DailyBackupOutcome.UnderWayElsewhere;
        }

        try
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<DailyBackupRecord>(day, cancellation) is not null)
            {
                return DailyBackupOutcome.AlreadyTaken;
            }

            var folder = backups.Folder;
            DatabaseBackups.CreateFolder(folder);
            var latest = DailyFiles(folder).LastOrDefault();
            var free = new DriveInfo(folder).AvailableFreeSpace;
            // Room for the new one (about as big as the last) and as much again: the disk never fills to the brim.
            if (latest is not null && free < 2 * latest.Length)
            {
                logger.LogError("No room for the daily backup in {Folder}: {Free} bytes free, the last backup took {Bytes}; " +
                    "free some space or lower Backup:Keep", folder, free, latest.Length);
                return DailyBackupOutcome.NoRoom;
            }

            var path = Path.Combine(folder, DatabaseBackups.NameAt(now, "daily"));
            await backups.Write(path, cancellation);
            var bytes = new FileInfo(path).Length;
            session.Store(new DailyBackupRecord { Id = day, TakenAt = now, File = path, Bytes = bytes, Machine = Environment.MachineName });
            await session.SaveChangesAsync(cancellation);
            var removed = Prune(folder, Keep);
            free = new DriveInfo(folder).AvailableFreeSpace;
            logger.LogInformation("Daily backup {File}: {Bytes} bytes; {Removed} older removed, {Kept} kept, {Free} bytes free",
                path, bytes, removed.Count, DailyFiles(folder).Count, free);
            if (free < 2 * bytes)
            {
                logger.LogWarning("The disk of {Folder} has {Free} bytes free: the next daily backup ({Bytes} bytes or so) may not fit", folder, free, bytes);
            }

            return DailyBackupOutcome.Written;
        }
        finally
        {
            await Lock(connection, "pg_advisory_unlock", CancellationToken.None);
        }
    }

    /// <summary>Removes the oldest daily backups beyond <paramref name="keep"/>; other files in the folder are never touched.</summary>
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        var daily = DailyFiles(folder);
        var removed = daily.Take(Math.Max(0, daily.Count - keep)).Select(file => file.FullName).ToList();
        foreach (var file in removed)
        {
            File.Delete(file);
        }

        return removed;
    }

    /// <summary>Oldest first: the names carry the time.</summary>
    static List<FileInfo> DailyFiles(string folder) =>
        [.. new DirectoryInfo(folder).GetFiles(FilePattern).OrderBy(file => file.Name, StringComparer.Ordinal)];

    static async Task<bool> Lock(NpgsqlConnection connection, string function, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"select {function}($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = LockKey });
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }
}
