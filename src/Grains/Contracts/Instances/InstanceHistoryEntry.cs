namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One line of an instance's append-only history: who did what, on which element, and when.</summary>
/// <param name="Sequence">1-based, gap-free within the instance; entries are never changed or removed.</param>
/// <param name="At">When the step that produced it ran.</param>
/// <param name="Kind">A stable camelCase word, such as <c>taskCompleted</c>; see <see cref="InstanceHistoryKinds"/>.</param>
/// <param name="ElementId">The BPMN element it is about, if any.</param>
/// <param name="TaskId">The user task it is about, if any.</param>
/// <param name="Actor">The user who caused it; null for the engine's own work (timers, jobs).</param>
/// <param name="Detail">A reason, incident type or resolution; never a variable value.</param>
[GenerateSerializer, Immutable, Alias("caseflow.instance-history-entry")]
public sealed record InstanceHistoryEntry(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? ElementId,
    [property: Id(4)] string? TaskId,
    [property: Id(5)] string? Actor,
    [property: Id(6)] string? Detail);
