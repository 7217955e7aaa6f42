namespace Oversight.Hosting;

/// <summary>
/// The one place that knows where the database is: the configured connection string
/// (<c>ConnectionStrings:Oversight</c>) when there is one, otherwise the private PostgreSQL, started on
/// first use so that commands that never touch the database (codegen, help) never start it.
/// A command run while the app runs on the same private database works on the app's server instead.
/// </summary>
public sealed class OversightDatabase(IConfiguration configuration, CommandLine commandLine, ILogger<OversightDatabase> logger) : IDisposable
{
    readonly Lock gate = new();
    PrivatePostgres? privateServer;
    string? connectionString;

    public string ConnectionString
    {
        get
        {
            lock (gate)
            {
                if (connectionString is null)
                {
                    var configured = configuration.GetConnectionString("Oversight");
                    if (string.IsNullOrWhiteSpace(configured))
                    {
                        var settings = PrivatePostgresSettings.From(configuration);
                        try
                        {
                            privateServer = PrivatePostgres.Start(settings, logger);
                            configured = privateServer.ConnectionString;
                        }
                        catch (PrivatePostgresException) when (commandLine.IsCommand && PrivatePostgres.RunningElsewhere(settings) is { } running)
                        {
                            logger.LogInformation("The app runs on the private PostgreSQL in {Folder}: this command works on its server", settings.DataFolder);
                            configured = running;
                            SharedWithRunningApp = true;
                        }
                    }

                    connectionString = configured;
                }

                return connectionString;
            }
        }
    }

    /// <summary>Whether the database is the private one (no connection string configured).</summary>
    public bool IsPrivate => string.IsNullOrWhiteSpace(configuration.GetConnectionString("Oversight"));

    /// <summary>The private database is in use by a running instance of the app, which owns its server.</summary>
    public bool SharedWithRunningApp { get; private set; }

    public void Dispose() => privateServer?.Dispose();
}
