using System.Diagnostics;
using Npgsql;
using Oversight.Hosting;

namespace Oversight.Backups;

/// <summary>
/// PostgreSQL's own client programs (pg_dump, pg_restore, psql) pointed at the app's database. For the private
/// database they are those beside the server's initdb, so their version is the server's; for a configured
/// server, the first found (Database:BinFolder, PATH, then Debian's folders, newest first). The connection goes
/// through PG* environment variables, so that no password ever shows in a process list.
/// </summary>
public sealed class PostgresPrograms
{
    readonly string folder;
    readonly NpgsqlConnectionStringBuilder connection;

    PostgresPrograms(string folder, string connectionString)
    {
        this.folder = folder;
        connection = new NpgsqlConnectionStringBuilder(connectionString);
    }

    public static PostgresPrograms For(OversightDatabase database, IConfiguration configuration)
    {
        var configured = PrivatePostgresSettings.From(configuration).BinaryFolder;
        var folder = database.IsPrivate
            ? PrivatePostgres.FindPrograms(configured, "initdb", "pg_ctl", "pg_dump", "pg_restore", "psql")
            : PrivatePostgres.FindPrograms(configured, "pg_dump", "pg_restore", "psql");
        return new PostgresPrograms(
            folder ?? throw new BackupException(
                "Không tìm thấy pg_dump, pg_restore và psql của PostgreSQL: hãy cài bằng `sudo apt-get install postgresql-client` " +
                "(cùng phiên bản với máy chủ hoặc mới hơn), hoặc đặt Database__BinFolder là thư mục chứa chúng."),
            database.ConnectionString);
    }

    /// <summary>Starts one of the programs with stdin, stdout and stderr redirected.</summary>
    public Process Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(folder, program))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // As root, the caller's folder may be closed to nobody in particular; the programs need none.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Set(start, "PGHOST", connection.Host);
        Set(start, "PGPORT", connection.Port.ToString());
        Set(start, "PGDATABASE", connection.Database);
        Set(start, "PGUSER", connection.Username);
        Set(start, "PGPASSWORD", connection.Password);
        Set(start, "PGSSLMODE", connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        Set(start, "PGCONNECT_TIMEOUT", connection.Timeout.ToString());
        Set(start, "PGAPPNAME", "oversight-backup");
        return Process.Start(start) ?? throw new BackupException($"Không chạy được {program}.");
    }

    static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }
}
