using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Oversight.Hosting;

namespace Oversight.Web;

/// <summary>Ready means the database answers, within a few seconds.</summary>
public sealed class DatabaseHealthCheck(OversightDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = 3, CommandTimeout = 3 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", exception);
        }
    }
}
