using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>An activity's boundary subscriptions and timers, evaluated before anything of the activity is created.</summary>
internal sealed record BoundaryPlan(
    IReadOnlyList<(BoundaryEvent Event, string Name)> Messages,
    IReadOnlyList<(BoundaryEvent Event, PlannedTimer Timer)> Timers)
{
    public static BoundaryPlan None { get; } = new([], []);
}
