using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Grains.Instances;

/// <summary>The stored state of one process instance (state name <c>caseflow.process-instance</c>).</summary>
/// <remarks>
/// The engine's <see cref="InstanceState"/> is kept whole, as the engine returned it, so a re-read activation runs
/// exactly the state the last step committed. It is a System.Text.Json document, not an Orleans wire type, which is
/// why this class is never sent across a grain boundary. The links live beside it because the engine has no notion
/// of persons or petitions.
/// </remarks>
public sealed class ProcessInstanceState
{
    /// <summary>The <c>[PersistentState]</c> name; part of every storage key and change row, so never renamed.</summary>
    public const string StateName = "caseflow.process-instance";

    /// <summary>Null until the instance is started.</summary>
    public InstanceState? Instance { get; set; }

    /// <summary>The person the instance serves, if any.</summary>
    public string? PersonId { get; set; }

    /// <summary>The petition the instance serves, if any.</summary>
    public string? PetitionId { get; set; }

    /// <summary>The jurisdiction (county, town or village code) whose staff work the instance; the worklist filters on it.</summary>
    public string? JurisdictionCode { get; set; }

    /// <summary>Everything that happened to the instance, oldest first; only ever appended to.</summary>
    public ImmutableList<InstanceHistoryEntry> History { get; set; } = [];

    /// <summary>Comments written on the instance's tasks, oldest first; only ever appended to.</summary>
    public ImmutableList<TaskComment> Comments { get; set; } = [];

    /// <summary>The SLA clock of each open task that has a deadline (DOMAIN.md §6.2).</summary>
    public ImmutableList<TaskClock> TaskClocks { get; set; } = [];

    /// <summary>The instance whose call activity started this one (R45); null for a top-level instance.</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>How many calls deep this instance runs: 0 at top level, at most 16 (R45).</summary>
    public int CallDepth { get; set; }

    /// <summary>True once the parent has been told how this instance ended; until then it is told again (R47).</summary>
    public bool ParentNotified { get; set; }

    /// <summary>Children whose calls were cancelled and who must be cancelled too (R47); emptied as each is told.</summary>
    public ImmutableList<string> ChildrenToCancel { get; set; } = [];

    /// <summary>Ids of <c>UnhandledError</c> incidents already passed to the parent (R41c).</summary>
    public ImmutableList<string> ReportedErrors { get; set; } = [];

    /// <summary>Handler task listeners not yet run to the end (R58); each is crossed off once done or given up.</summary>
    public ImmutableList<Listeners.PendingListener> PendingListeners { get; set; } = [];

    /// <summary>Escalations nothing here caught, to hand to the parent in the order they were raised (R43); emptied as each is taken.</summary>
    public ImmutableList<CallerEscalation> EscalationsToReport { get; set; } = [];

    /// <summary>A copy to change and write: the stored object stays as it is, so a failed write can fall back to it.</summary>
    public ProcessInstanceState Copy() => (ProcessInstanceState)MemberwiseClone();
}
