using System.Diagnostics;
using Npgsql;
using Oversight.Common;
using Oversight.Hosting;

namespace Oversight.Backups;

/// <summary>Backs the app's database up into an archive, and restores one, with PostgreSQL's own pg_dump and pg_restore.</summary>
public sealed class DatabaseBackups(OversightDatabase database, IConfiguration configuration, TimeProvider clock, ILogger<DatabaseBackups> logger)
{
    /// <summary>Where backups go unless told otherwise: <c>Backup:Folder</c>, or <c>backups</c> in the private database's data folder.</summary>
    public string Folder =>
        Path.GetFullPath(configuration["Backup:Folder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(PrivatePostgresSettings.From(configuration).DataFolder, "backups"));

    /// <summary>A file name that sorts by time: <c>oversight-2026-03-01-0200.zip</c> (Vietnam time; <paramref name="kind"/> after "oversight-").</summary>
    public static string NameAt(DateTimeOffset moment, string? kind = null) =>
        $"oversight-{(kind is null ? "" : kind + "-")}{moment.ToOffset(VietnamTime.Offset):yyyy-MM-dd-HHmmss}.zip";

    /// <summary>
    /// Dumps the app's schema into a new archive at <paramref name="path"/>. It is written beside under another
    /// name and renamed once complete and on the disk, so a backup that is there is whole.
    /// </summary>
    public async Task<BackupManifest> Write(string path, CancellationToken cancellation)
    {
        path = Path.GetFullPath(path);
        if (File.Exists(path))
        {
            throw new BackupException($"Tệp {path} đã có: hãy chọn tên khác.");
        }

        var programs = PostgresPrograms.For(database, configuration);
        var header = new BackupManifest("", 0, BackupArchive.AppVersion, clock.GetUtcNow(), Describe(), await ServerVersion(cancellation), "", 0, "");
        CreateFolder(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        var watch = Stopwatch.StartNew();
        try
        {
            BackupManifest manifest;
            await using (var file = CreateFile(partial))
            {
                using var dump = programs.Start("pg_dump", "--format=custom", $"--schema={Persistence.Schema}", "--no-password");
                dump.StandardInput.Close();
                var errors = dump.StandardError.ReadToEndAsync(cancellation);
                manifest = await BackupArchive.Write(file, dump.StandardOutput.BaseStream, header, cancellation);
                await dump.WaitForExitAsync(cancellation);
                if (dump.ExitCode != 0)
                {
                    throw new BackupException($"Sao lưu thất bại: pg_dump dừng với mã {dump.ExitCode}. {(await errors).Trim()}");
                }

                file.Flush(flushToDisk: true);
            }

            File.Move(partial, path);
            logger.LogInformation("Backup {File} written: {Bytes} bytes in {Elapsed} ms", path, new FileInfo(path).Length, watch.ElapsedMilliseconds);
            return manifest;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>
    /// Replaces the app's data with the backup's, in one transaction: the schema is dropped and the dump played
    /// back by psql, and any failure leaves the data as it was. Offline only: it refuses while the app runs on
    /// the database. Data already there is first backed up into the backup folder (the safety copy returned).
    /// </summary>
    public async Task<(BackupManifest Restored, string? SafetyCopy)> Restore(string path, CancellationToken cancellation)
    {
        using var backup = BackupArchive.Open(Path.GetFullPath(path), BackupArchive.AppVersion);
        var connectionString = database.ConnectionString;
        if (database.SharedWithRunningApp)
        {
            throw new BackupException("Ứng dụng Oversight đang chạy trên cơ sở dữ liệu riêng này: hãy dừng ứng dụng rồi khôi phục " +
                "(chỉ khôi phục khi ứng dụng đã dừng).");
        }

        await RefuseWhileOthersAreConnected(connectionString, cancellation);
        var safetyCopy = await HasSchema(connectionString, cancellation)
            ? Path.Combine(Folder, NameAt(clock.GetUtcNow(), "truoc-khoi-phuc"))
            : null;
        if (safetyCopy is not null)
        {
            await Write(safetyCopy, cancellation);
        }

        var watch = Stopwatch.StartNew();
        var programs = PostgresPrograms.For(database, configuration);
        using var restore = programs.Start("pg_restore", "--no-owner", "--no-privileges", "--file=-");
        using var psql = programs.Start("psql", "--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--single-transaction",
            $"--command=DROP SCHEMA IF EXISTS {Persistence.Schema} CASCADE", "--file=-");
        var restoreErrors = restore.StandardError.ReadToEndAsync(cancellation);
        var psqlErrors = psql.StandardError.ReadToEndAsync(cancellation);
        var psqlOutput = psql.StandardOutput.ReadToEndAsync(cancellation);
        var feed = Task.Run(async () =>
        {
            await using var input = restore.StandardInput.BaseStream;
            await using var dump = backup.OpenDump();
            await dump.CopyToAsync(input, cancellation);
        }, cancellation);
        var psqlStopped = false;
        try
        {
            await restore.StandardOutput.BaseStream.CopyToAsync(psql.StandardInput.BaseStream, cancellation);
        }
        catch (IOException)
        {
            // psql stopped at an error and closed its input: pg_restore has nobody left to write to.
            psqlStopped = true;
            restore.Kill();
        }

        await restore.WaitForExitAsync(cancellation);
        try
        {
            await feed;
        }
        catch (IOException) when (psqlStopped || restore.ExitCode != 0)
        {
            // pg_restore stopped reading; its own error says why.
        }

        if (!psqlStopped && restore.ExitCode != 0)
        {
            // psql commits only when its input ends: stopped before, it rolls everything back.
            psql.Kill();
            await psql.WaitForExitAsync(cancellation);
            throw new BackupException($"Khôi phục thất bại, dữ liệu giữ nguyên như trước: pg_restore dừng với mã {restore.ExitCode}. {(await restoreErrors).Trim()}");
        }

        if (!psqlStopped)
        {
            psql.StandardInput.Close();
        }

        await psql.WaitForExitAsync(cancellation);
        await psqlOutput;
        if (psql.ExitCode != 0)
        {
            throw new BackupException($"Khôi phục thất bại, dữ liệu giữ nguyên như trước: psql dừng với mã {psql.ExitCode}. {(await psqlErrors).Trim()}");
        }

        logger.LogInformation("Backup {File} of {TakenAt} restored in {Elapsed} ms", path, backup.Manifest.TakenAt, watch.ElapsedMilliseconds);
        return (backup.Manifest, safetyCopy);
    }

    /// <summary>A backup holds everything, password hashes included: only the app's own user may open its folder and files.</summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    static FileStream CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return database.IsPrivate
            ? $"private:{PrivatePostgresSettings.From(configuration).DataFolder}"
            : $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    async Task<string> ServerVersion(CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellation);
        return connection.PostgreSqlVersion.ToString();
    }

    static async Task RefuseWhileOthersAreConnected(string connectionString, CancellationToken cancellation)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var others = new NpgsqlCommand(
            "select count(*) from pg_stat_activity " +
            "where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'", connection);
        var count = (long)(await others.ExecuteScalarAsync(cancellation))!;
        if (count > 0)
        {
            throw new BackupException($"Có {count} kết nối khác đang mở tới cơ sở dữ liệu {connection.Database} (ứng dụng Oversight hoặc công cụ khác còn chạy): " +
                "hãy dừng chúng rồi khôi phục.");
        }
    }

    static async Task<bool> HasSchema(string connectionString, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var schema = new NpgsqlCommand("select exists (select 1 from pg_namespace where nspname = $1)", connection);
        schema.Parameters.Add(new NpgsqlParameter { Value = Persistence.Schema });
        return (bool)(await schema.ExecuteScalarAsync(cancellation))!;
    }
}
