using System.Collections.Immutable;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Migration;

/// <summary>One instance's migration: the migrated state and its effects, or why it was refused (and nothing changed).</summary>
/// <param name="State">The state on the target version; the input state when refused or replayed.</param>
/// <param name="Effects">Timers and message subscriptions closed and opened; empty when refused.</param>
/// <param name="Problem">Why the instance cannot migrate, or null.</param>
/// <param name="Replayed">True when the command id was seen before: nothing was done again (R5).</param>
public sealed record MigrationOutcome(InstanceState State, ImmutableList<EngineEffect> Effects, string? Problem, bool Replayed = false)
{
    public bool Succeeded => Problem is null;
}
