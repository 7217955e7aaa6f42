using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Oversight.Hosting;

/// <summary>
/// A PostgreSQL cluster of the app's own, in a data folder, reachable only through a unix socket in a
/// folder only its owner can open. Used when no connection string is configured, so that the app runs
/// with zero setup; production deployments configure a real server instead.
/// </summary>
public sealed class PrivatePostgres : IDisposable
{
    public const string DatabaseName = "oversight";
    const string SuperUser = "oversight";
    const int Port = 5432;

    readonly PrivatePostgresSettings settings;
    readonly ILogger logger;
    readonly FileStream folderLock;
    readonly string clusterFolder;
    readonly string pgCtl;
    int stopped;

    PrivatePostgres(PrivatePostgresSettings settings, ILogger logger, FileStream folderLock, string binaries, string socketFolder)
    {
        this.settings = settings;
        pgCtl = Path.Combine(binaries, "pg_ctl");
        this.logger = logger;
        this.folderLock = folderLock;
        clusterFolder = Path.Combine(settings.DataFolder, "pgdata");
        ConnectionString = ConnectionStringFor(socketFolder);
    }

    public string ConnectionString { get; }

    static string ConnectionStringFor(string socketFolder) => new NpgsqlConnectionStringBuilder
    {
        Host = socketFolder,
        Port = Port,
        Username = SuperUser,
        Database = DatabaseName,
    }.ConnectionString;

    /// <summary>
    /// The connection string of the server another process of ours runs on this data folder, when it answers;
    /// null otherwise. It stays that process's: this one neither starts nor stops it.
    /// </summary>
    public static string? RunningElsewhere(PrivatePostgresSettings settings)
    {
        var connectionString = ConnectionStringFor(SocketFolderFor(settings.DataFolder));
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false }.ConnectionString);
            connection.Open();
            return connectionString;
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Initialises the cluster on first use, starts it and waits until it accepts connections.</summary>
    public static PrivatePostgres Start(PrivatePostgresSettings settings, ILogger logger)
    {
        var binaries = FindServer(settings.BinaryFolder);
        Directory.CreateDirectory(settings.DataFolder);
        var folderLock = LockDataFolder(settings.DataFolder);
        try
        {
            var socketFolder = SocketFolderFor(settings.DataFolder);
            var postgres = new PrivatePostgres(settings, logger, folderLock, binaries, socketFolder);
            postgres.Boot(binaries, socketFolder);
            // Command-line runs (help, templates…) resolve the store without ever disposing the host:
            // the server still stops when the process ends.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => postgres.Dispose();
            return postgres;
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    void Boot(string binaries, string socketFolder)
    {
        var watch = Stopwatch.StartNew();
        var owner = settings.ServerUser;
        PrepareFolder(socketFolder, owner);
        if (!File.Exists(Path.Combine(clusterFolder, "PG_VERSION")))
        {
            Initialise(binaries, owner);
        }

        File.WriteAllText(Path.Combine(clusterFolder, "oversight.conf"),
            $"listen_addresses = ''\nunix_socket_directories = '{socketFolder.Replace("'", "''")}'\nport = {Port}\n");

        // We hold the folder lock, so a server still running here was left by an instance of ours that
        // was killed; it may listen on an old socket, so restart it with the current settings.
        if (RunAs(owner, pgCtl, ["status", "-D", clusterFolder], throwOnFailure: false) == 0)
        {
            logger.LogWarning("A private PostgreSQL left running in {Folder} is restarted", clusterFolder);
            RunAs(owner, pgCtl, ["stop", "-D", clusterFolder, "-m", "fast", "-w", "-t", "60"]);
        }

        RunAs(owner, pgCtl, ["start", "-D", clusterFolder, "-w", "-t", "60", "-l", Path.Combine(clusterFolder, "server.log")]);
        EnsureDatabase();
        logger.LogInformation("Private PostgreSQL ready in {Folder} after {Elapsed} ms", settings.DataFolder, watch.ElapsedMilliseconds);
    }

    void Initialise(string binaries, string? owner)
    {
        // initdb into a side folder and rename, so an interrupted first run never leaves half a cluster.
        var staging = clusterFolder + ".init";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        PrepareFolder(staging, owner);
        logger.LogInformation("Creating a private PostgreSQL cluster in {Folder}", clusterFolder);
        RunAs(owner, Path.Combine(binaries, "initdb"),
            ["-D", staging, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
        File.AppendAllText(Path.Combine(staging, "postgresql.conf"), "\ninclude_if_exists = 'oversight.conf'\n");
        Directory.Move(staging, clusterFolder);
    }

    void EnsureDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = DatabaseName });
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"create database {DatabaseName}", connection);
            create.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            RunAs(settings.ServerUser, pgCtl, ["stop", "-D", clusterFolder, "-m", "fast", "-w", "-t", "60"]);
            logger.LogInformation("Private PostgreSQL in {Folder} stopped", settings.DataFolder);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not stop the private PostgreSQL in {Folder}", settings.DataFolder);
        }
        finally
        {
            folderLock.Dispose();
        }
    }

    static FileStream LockDataFolder(string dataFolder)
    {
        var path = Path.Combine(dataFolder, "oversight.lock");
        try
        {
            // FileShare.None takes an exclusive advisory lock on Unix: a second instance is refused here.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new PrivatePostgresException(
                $"Thư mục dữ liệu {dataFolder} đang được một tiến trình Oversight khác sử dụng; hãy dừng tiến trình đó " +
                "hoặc đặt Database__DataFolder sang thư mục khác.");
        }
    }

    /// <summary>A unix socket path is limited to 107 bytes: long data folders get a short folder under /tmp.</summary>
    static string SocketFolderFor(string dataFolder)
    {
        var inside = Path.Combine(dataFolder, "socket");
        if (Encoding.UTF8.GetByteCount(Path.Combine(inside, $".s.PGSQL.{Port}")) <= 100)
        {
            return inside;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataFolder)))[..16];
        return Path.Combine(Path.GetTempPath(), $"oversight-pg-{hash}");
    }

    /// <summary>
    /// The first folder holding all these PostgreSQL programs: the configured folder only, when there is one;
    /// otherwise PATH, then Debian's versioned folders, newest first. Null when none does.
    /// </summary>
    public static string? FindPrograms(string? configured, params string[] programs)
    {
        IEnumerable<string> candidates = string.IsNullOrWhiteSpace(configured)
            ? [
                .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries),
                .. Directory.Exists("/usr/lib/postgresql")
                    ? Directory.GetDirectories("/usr/lib/postgresql")
                        .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var major) ? major : 0)
                        .Select(folder => Path.Combine(folder, "bin"))
                    : [],
            ]
            : [configured];

        return candidates.FirstOrDefault(folder => programs.All(program => File.Exists(Path.Combine(folder, program))));
    }

    static string FindServer(string? configured) =>
        FindPrograms(configured, "initdb", "pg_ctl")
            ?? throw new PrivatePostgresException(
                "Không tìm thấy PostgreSQL (initdb, pg_ctl): hãy cài bằng `sudo apt-get install postgresql`, " +
                "hoặc đặt ConnectionStrings__Oversight trỏ tới một máy chủ PostgreSQL có sẵn.");

    /// <summary>Creates a folder the server user owns and only it can open (PostgreSQL insists on 0700).</summary>
    static void PrepareFolder(string folder, string? owner)
    {
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            throw new PrivatePostgresException("Cơ sở dữ liệu riêng chỉ chạy trên Linux; trên Windows hãy đặt ConnectionStrings__Oversight.");
        }

        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (owner is not null)
        {
            Run("chown", [$"{owner}:", folder]);
        }
    }

    static int RunAs(string? user, string program, string[] arguments, bool throwOnFailure = true) =>
        user is null
            ? Run(program, arguments, throwOnFailure)
            : Run("runuser", ["-u", user, "--", program, .. arguments], throwOnFailure);

    static int Run(string program, string[] arguments, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The server user may not be able to enter the caller's folder (root's home, say).
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PrivatePostgresException($"Không chạy được {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new PrivatePostgresException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} thất bại (mã {process.ExitCode}): {error.Result}{output.Result}".Trim());
        }

        return process.ExitCode;
    }
}

public sealed class PrivatePostgresException(string message) : Exception(message);

public static class PrivatePostgresExceptionExtensions
{
    /// <summary>The private database's own failure, however deep the host wrapped it.</summary>
    public static PrivatePostgresException? FindPrivatePostgresProblem(this Exception exception) =>
        exception switch
        {
            PrivatePostgresException own => own,
            AggregateException aggregate => aggregate.InnerExceptions.Select(FindPrivatePostgresProblem).FirstOrDefault(found => found is not null),
            { InnerException: { } inner } => inner.FindPrivatePostgresProblem(),
            _ => null,
        };
}
