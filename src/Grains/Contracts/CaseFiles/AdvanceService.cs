namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Moves a service to its next status (requested → approved → delivered → closed, or rejected).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.advance-service")]
public sealed record AdvanceService(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string ServiceId,
    [property: Id(3)] ServiceStatus? Status,
    [property: Id(4)] DateOnly? On,
    [property: Id(5)] string? Note) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
