using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>A process key's history in order, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-history-result")]
public sealed record ProcessHistoryResult(
    [property: Id(0)] ImmutableArray<ProcessHistoryEntry> Entries,
    [property: Id(1)] DomainError? Error);
