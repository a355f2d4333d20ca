using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A 三定 assignment: 定人 (responsible member, accountable caseworker), 定事 and 定要求 (the matters).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.assistance-assignment")]
public sealed record AssistanceAssignment(
    [property: Id(0)] string Id,
    [property: Id(1)] string Trigger,
    [property: Id(2)] string ResponsibleMember,
    [property: Id(3)] string AccountableCaseworker,
    [property: Id(4)] ImmutableArray<AssistanceMatter> Matters,
    [property: Id(5)] DateOnly OpenedOn,
    [property: Id(6)] DateOnly? ClosedOn,
    [property: Id(7)] string? ClosureReason,
    [property: Id(8)] string? ProcessInstanceId)
{
    public bool IsOpen => ClosedOn is null;
}
