using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The complete, immutable state of one process instance: what the grain persists.</summary>
/// <remarks>
/// <para>
/// Plain records, lists and ordinal-sorted dictionaries only, so System.Text.Json round-trips it and the same state
/// always serialises to the same bytes (R4). Lists keep creation order; the engine rebuilds every collection it
/// returns, so ordering never depends on how a state was deserialised.
/// </para>
/// <para>
/// Only live things are kept: ended element instances, fired timers and finished jobs leave in the step they end, so
/// the state stays small across long loops. History is the host's, fed from the effects.
/// </para>
/// </remarks>
public sealed record InstanceState
{
    /// <summary>The instance id; every other id derives from it and <see cref="Counter"/> (R4).</summary>
    public required string InstanceId { get; init; }

    /// <summary>The process key.</summary>
    public required string ProcessKey { get; init; }

    /// <summary>The deployed version the instance runs on.</summary>
    public required int ProcessVersion { get; init; }

    /// <summary>The business key given at start; not required to be unique (R24).</summary>
    public string? BusinessKey { get; init; }

    /// <summary>The user who started the instance, if any.</summary>
    public string? Initiator { get; init; }

    /// <summary>True when a call activity of another instance started this one (R45); set by the host at creation.</summary>
    /// <remarks>An escalation nothing here catches then goes on to the caller (R43) instead of ending at R44.</remarks>
    public bool HasCaller { get; init; }

    /// <summary>Created, active, completed or cancelled.</summary>
    public InstanceStatus Status { get; init; } = InstanceStatus.Created;

    /// <summary>When the start command ran.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the instance completed or was cancelled.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The last id number handed out.</summary>
    public long Counter { get; init; }

    /// <summary>Live element instances in creation order.</summary>
    public ImmutableList<ElementInstance> Elements { get; init; } = [];

    /// <summary>Live scope instances (root first), in creation order.</summary>
    public ImmutableList<ScopeInstance> Scopes { get; init; } = [];

    /// <summary>Open user tasks in creation order.</summary>
    public ImmutableList<UserTaskInstance> Tasks { get; init; } = [];

    /// <summary>Pending timers in creation order.</summary>
    public ImmutableList<TimerInstance> Timers { get; init; } = [];

    /// <summary>Live jobs in creation order.</summary>
    public ImmutableList<JobInstance> Jobs { get; init; } = [];

    /// <summary>Open incidents in creation order.</summary>
    public ImmutableList<Incident> Incidents { get; init; } = [];

    /// <summary>Open message subscriptions in creation order (R52).</summary>
    public ImmutableList<MessageSubscription> Subscriptions { get; init; } = [];

    /// <summary>Unconsumed join arrivals, ordered by scope, gateway and flow (ordinal).</summary>
    public ImmutableList<JoinArrival> JoinArrivals { get; init; } = [];

    /// <summary>Call activities waiting for their child instances (R45–R47).</summary>
    public ImmutableList<CallInstance> Calls { get; init; } = [];

    /// <summary>Outcomes of recent accepted commands, oldest first (R5).</summary>
    public ImmutableList<CommandRecord> RecentCommands { get; init; } = [];

    /// <summary>A fresh state for a new instance, waiting for its start command.</summary>
    public static InstanceState Create(string instanceId, string processKey, int processVersion) =>
        new() { InstanceId = instanceId, ProcessKey = processKey, ProcessVersion = processVersion };

    /// <summary>The root scope's variables, or an empty set before start.</summary>
    [JsonIgnore]
    public ImmutableSortedDictionary<string, JsonElement> RootVariables =>
        Scopes.FirstOrDefault(scope => scope.ParentId is null)?.Variables
        ?? ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The timer the host should wake the instance for: the earliest due, creation order breaking ties.</summary>
    /// <remarks>After a restart or a move between nodes the host re-registers this one (R34); overdue timers then fire once, late.</remarks>
    public TimerInstance? NextTimer() =>
        Status == InstanceStatus.Active ? Timers.OrderBy(timer => timer.DueAt).FirstOrDefault() : null;
}
