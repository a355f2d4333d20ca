using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>An instance's history, oldest first, or why it cannot be read.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.instance-history-result")]
public sealed record InstanceHistoryResult(
    [property: Id(0)] ImmutableArray<InstanceHistoryEntry> Entries,
    [property: Id(1)] DomainError? Error);
