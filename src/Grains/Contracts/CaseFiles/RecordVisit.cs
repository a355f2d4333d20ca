using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Records a visit and the problems it found, in one history entry.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.record-visit")]
public sealed record RecordVisit(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] DateOnly? VisitedOn,
    [property: Id(3)] VisitKind? Kind,
    [property: Id(4)] VisitMode? Mode,
    [property: Id(5)] VisitOutcome? Outcome,
    [property: Id(6)] VisitorTier? VisitorTier,
    [property: Id(7)] string? Campaign,
    [property: Id(8)] string? Note,
    [property: Id(9)] ImmutableArray<ProblemInput> Problems) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
