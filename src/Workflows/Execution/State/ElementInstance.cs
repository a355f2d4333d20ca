using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>One activation of a flow node in a scope instance.</summary>
/// <param name="Id">Unique in the instance; derived from the instance id and the counter (R4).</param>
/// <param name="ElementId">The BPMN element id.</param>
/// <param name="ScopeInstanceId">The scope instance holding it: the instance id at process level, else the subprocess's element instance id.</param>
/// <param name="State">Active, waiting or failed.</param>
/// <param name="Sequence">The counter value at creation; orders tokens FIFO (R2).</param>
/// <param name="Variables">Local variables (input mappings, R68), ordinal order.</param>
public sealed record ElementInstance(
    string Id,
    string ElementId,
    string ScopeInstanceId,
    ElementInstanceState State,
    long Sequence,
    ImmutableSortedDictionary<string, JsonElement> Variables)
{
    /// <summary>The async savepoint phase (R66); <see cref="SavepointPhase.None"/> for elements without savepoints.</summary>
    public SavepointPhase Savepoint { get; init; } = SavepointPhase.None;

    /// <summary>
    /// For an inner instance of a multi-instance activity, its 0-based index (R49); null for everything else,
    /// including the multi-instance body itself.
    /// </summary>
    public int? LoopCounter { get; init; }
}
