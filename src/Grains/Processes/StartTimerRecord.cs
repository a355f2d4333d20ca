namespace CaseFlow.Grains.Processes;

/// <summary>One pending timer start event of the latest published version (R37).</summary>
/// <param name="Version">The version it starts instances of.</param>
/// <param name="ElementId">The start event.</param>
/// <param name="DueAt">When it fires next.</param>
/// <param name="CycleInterval">For a cycle, the ISO 8601 interval; null when it fires once.</param>
/// <param name="CycleRemaining">For a bounded cycle, firings still allowed; null when unbounded or not a cycle.</param>
/// <param name="Fired">Firings so far; numbers the started instances, so a repeated firing names the same one.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-definition.start-timer")]
public sealed record StartTimerRecord(
    [property: Id(0)] int Version,
    [property: Id(1)] string ElementId,
    [property: Id(2)] DateTimeOffset DueAt,
    [property: Id(3)] string? CycleInterval,
    [property: Id(4)] int? CycleRemaining,
    [property: Id(5)] int Fired);
