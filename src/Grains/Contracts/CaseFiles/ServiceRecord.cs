namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One service: rehabilitation, a device, accessibility modification, care and the rest (DOMAIN.md §3.6).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.service-record")]
public sealed record ServiceRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] ServiceKind Kind,
    [property: Id(2)] string Unit,
    [property: Id(3)] int Quantity,
    [property: Id(4)] string? Provider,
    [property: Id(5)] string? Programme,
    [property: Id(6)] ServiceStatus Status,
    [property: Id(7)] DateOnly RequestedOn,
    [property: Id(8)] DateOnly StatusOn,
    [property: Id(9)] string? Note);
