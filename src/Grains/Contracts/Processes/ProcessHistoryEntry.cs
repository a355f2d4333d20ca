namespace CaseFlow.Grains.Contracts.Processes;

/// <summary>One entry of a process key's append-only history, written in the same state write as the change.</summary>
/// <param name="Seq">1-based position in the key's history; never reused.</param>
/// <param name="OccurredAt">When the command was applied (silo clock).</param>
/// <param name="Actor">Who issued the command.</param>
/// <param name="Kind">A <see cref="ProcessHistoryKinds"/> value.</param>
/// <param name="Version">The version the command concerned.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-history-entry")]
public sealed record ProcessHistoryEntry(
    [property: Id(0)] int Seq,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Kind,
    [property: Id(4)] int Version);
