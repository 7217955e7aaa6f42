namespace Oversight.Hosting;

/// <summary>Where and as whom the private PostgreSQL runs (configuration section <c>Database</c>).</summary>
public sealed record PrivatePostgresSettings(string DataFolder, string? ServerUser, string? BinaryFolder)
{
    public static PrivatePostgresSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Database");
        // PostgreSQL refuses to run as root, and root's home is closed to other users: as root the
        // cluster lives in /var/lib and belongs to the unprivileged server user.
        var root = Environment.IsPrivilegedProcess;
        var defaultFolder = root
            ? "/var/lib/oversight"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "oversight");
        return new PrivatePostgresSettings(
            Path.GetFullPath(section["DataFolder"] is { Length: > 0 } folder ? folder : defaultFolder),
            root ? section["ServerUser"] ?? "postgres" : null,
            section["BinFolder"]);
    }
}
