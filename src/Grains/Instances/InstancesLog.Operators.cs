using Microsoft.Extensions.Logging;

namespace CaseFlow.Grains.Instances;

/// <summary>Instance operator log events (ids 5101–5119). Ids, keys, versions and actors only.</summary>
internal static partial class InstancesLog
{
    [LoggerMessage(EventId = 5101, EventName = "ProcessInstanceMigrated", Level = LogLevel.Information,
        Message = "Instance {InstanceId} of {ProcessKey} migrated from version {FromVersion} to {ToVersion} by {Actor}")]
    public static partial void Migrated(ILogger logger, string instanceId, string processKey, int fromVersion, int toVersion, string actor);
}
