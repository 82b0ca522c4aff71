using Backpack.Catalog.Api.Infrastructure.Data;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Backpack.Catalog.Api.Infrastructure.Health;

/// <summary>Ready when the database answers and the catalogue schema is in place.</summary>
public sealed class DatabaseHealthCheck(IDbConnectionFactory connections) : IHealthCheck
{
    internal const string Probe = "SELECT COUNT(*) FROM categories";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(connections.Dialect.Render(Probe));
            return HealthCheckResult.Healthy($"{connections.Provider} answers.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{connections.Provider} does not answer.");
        }
    }
}
