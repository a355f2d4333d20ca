namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The person's 防返贫 monitoring flag (DOMAIN.md §3.10); the federation mirrors it, it does not own it.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.monitoring-flag")]
public sealed record MonitoringFlag(
    [property: Id(0)] MonitoringCategory Category,
    [property: Id(1)] MonitoringStatus Status,
    [property: Id(2)] DateOnly Since,
    [property: Id(3)] string Source,
    [property: Id(4)] DateOnly StatusOn);
