using System.Collections.Immutable;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution;

/// <summary>The outcome of one step.</summary>
/// <param name="State">The new state; the input state itself when rejected or replayed.</param>
/// <param name="Effects">What the host does after committing; empty when rejected or replayed.</param>
/// <param name="Rejection">Set when the command was refused (R1, R6, R7).</param>
/// <param name="Replayed">Set when the command id was seen before (R5): its recorded effects, which must not be applied again.</param>
public sealed record EngineResult(
    InstanceState State,
    ImmutableList<EngineEffect> Effects,
    EngineRejection? Rejection,
    CommandRecord? Replayed)
{
    /// <summary>True when the command was accepted (including a replay).</summary>
    public bool IsAccepted => Rejection is null;
}
