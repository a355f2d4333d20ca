using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Grains.Processes;

/// <summary>The stored versions and history of one process key (state name <c>caseflow.process-definition</c>).</summary>
/// <remarks>
/// Public settable properties so that System.Text.Json grain storage round-trips it and the projection reads the same
/// shape from change-feed snapshots. The XML of each version lives here (each at most the parser's 4 MiB limit);
/// the parsed model does not, because it is derived and re-parsing is deterministic (R89).
/// </remarks>
[GenerateSerializer, Alias("caseflow.process-definition.state")]
public sealed class ProcessDefinitionState
{
    /// <summary>The <c>[PersistentState]</c> name; part of every storage key and change row, so never renamed.</summary>
    public const string StateName = "caseflow.process-definition";

    /// <summary>Every version, in version order; never removed, so numbers are never reused.</summary>
    [Id(0)]
    public List<ProcessVersionRecord> Versions { get; set; } = [];

    /// <summary>Append-only; an entry's Seq equals its position + 1.</summary>
    [Id(1)]
    public List<ProcessHistoryEntry> History { get; set; } = [];

    /// <summary>The pending timer start events of the latest published version (R37, R82); empty when it has none.</summary>
    [Id(2)]
    public List<StartTimerRecord> StartTimers { get; set; } = [];

    /// <summary>The version <see cref="StartTimers"/> were planned for, so a fired-out schedule is not planned again.</summary>
    [Id(3)]
    public int? StartTimersVersion { get; set; }
}
