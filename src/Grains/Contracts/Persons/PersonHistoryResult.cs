using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A person's case history in order, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.person-history-result")]
public sealed record PersonHistoryResult(
    [property: Id(0)] ImmutableArray<CaseEvent> Events,
    [property: Id(1)] DomainError? Error);
