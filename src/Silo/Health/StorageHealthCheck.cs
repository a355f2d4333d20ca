using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Silo.Health;

/// <summary>Healthy when the database answers a trivial query.</summary>
internal sealed class StorageHealthCheck(CaseFlowDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand("SELECT 1", null);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Dialect} answers.");
        }
        catch (System.Data.Common.DbException ex)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect} does not answer: {ex.GetType().Name}.");
        }
    }
}
