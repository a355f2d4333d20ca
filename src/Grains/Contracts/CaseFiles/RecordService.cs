namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records a requested service; it then moves on with <see cref="AdvanceService"/>.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.record-service")]
public sealed record RecordService(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] ServiceKind? Kind,
    [property: Id(3)] int? Quantity,
    [property: Id(4)] string? Provider,
    [property: Id(5)] string? Programme,
    [property: Id(6)] DateOnly? RequestedOn,
    [property: Id(7)] string? Note) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
