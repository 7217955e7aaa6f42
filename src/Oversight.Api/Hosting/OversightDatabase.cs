namespace Oversight.Hosting;

/// <summary>
/// The one place that knows where the database is: the configured connection string
/// (<c>ConnectionStrings:Oversight</c>) when there is one, otherwise the private PostgreSQL, started on
/// first use so that commands that never touch the database (codegen, help) never start it.
/// </summary>
public sealed class OversightDatabase(IConfiguration configuration, ILogger<OversightDatabase> logger) : IDisposable
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
                        privateServer = PrivatePostgres.Start(PrivatePostgresSettings.From(configuration), logger);
                        configured = privateServer.ConnectionString;
                    }

                    connectionString = configured;
                }

                return connectionString;
            }
        }
    }

    public void Dispose() => privateServer?.Dispose();
}
