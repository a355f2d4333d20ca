namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Raises or moves the 防返贫 monitoring flag (clue → determined → eliminated).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.set-monitoring")]
public sealed record SetMonitoring(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] MonitoringCategory? Category,
    [property: Id(3)] MonitoringStatus? Status,
    [property: Id(4)] DateOnly? On,
    [property: Id(5)] string? Source) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
