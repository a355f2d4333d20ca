using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Silo.Health;

/// <summary>Degraded while the projector is failing; reports the number of change rows not yet projected.</summary>
internal sealed class ReadModelHealthCheck(ProjectorStatus status, ChangeFeedBacklog backlog, IOptions<ClusterOptions> cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await backlog.CountAsync(cluster.Value.ServiceId, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["pendingChanges"] = pending, ["projected"] = status.RowsProjected };
        return status.CurrentFailure is { } failure
            ? HealthCheckResult.Degraded($"The projector is failing ({failure.Error} since {failure.At:O}); {pending} change(s) wait.", data: data)
            : HealthCheckResult.Healthy($"{pending} change(s) waiting to be projected.", data: data);
    }
}
