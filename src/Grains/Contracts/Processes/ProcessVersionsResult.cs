using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>Every version of a process, oldest first, or why there are none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-versions-result")]
public sealed record ProcessVersionsResult(
    [property: Id(0)] ImmutableArray<ProcessVersionView> Versions,
    [property: Id(1)] DomainError? Error);
