using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Opens a 三定 assignment; a person has at most one open assignment (new triggers add matters to it).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.open-assistance")]
public sealed record OpenAssistance(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] string? Trigger,
    [property: Id(3)] string? ResponsibleMember,
    [property: Id(4)] string? AccountableCaseworker,
    [property: Id(5)] ImmutableArray<MatterInput> Matters,
    [property: Id(6)] string? ProcessInstanceId) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
