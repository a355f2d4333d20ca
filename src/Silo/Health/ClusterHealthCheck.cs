using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseFlow.Silo.Health;

/// <summary>Healthy when this node's silo is an active member of its cluster; reports the number of active nodes.</summary>
internal sealed class ClusterHealthCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var self = snapshot.GetSiloStatus(local.SiloAddress);
        var result = self == SiloStatus.Active
            ? HealthCheckResult.Healthy($"This node is active; {active} active node(s) in the cluster.")
            : HealthCheckResult.Unhealthy($"This node's silo is {self}, not active.");
        return Task.FromResult(result);
    }
}
