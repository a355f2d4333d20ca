using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One visit to the person (DOMAIN.md §3.7); the problems it found are listed by id.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.visit-record")]
public sealed record VisitRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly VisitedOn,
    [property: Id(2)] VisitKind Kind,
    [property: Id(3)] VisitMode Mode,
    [property: Id(4)] VisitOutcome Outcome,
    [property: Id(5)] VisitorTier VisitorTier,
    [property: Id(6)] string Visitor,
    [property: Id(7)] string? Campaign,
    [property: Id(8)] string? Note,
    [property: Id(9)] ImmutableArray<string> ProblemIds);
