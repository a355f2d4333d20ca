namespace CaseFlow.Workflows.Model;

/// <summary>A timer definition: one of <c>timeDate</c>, <c>timeDuration</c>, <c>timeCycle</c>.</summary>
public sealed record TimerEventDefinition : EventDefinition
{
    /// <summary>The timer value; null only in a model that failed validation (BPMN304).</summary>
    public TimerSpec? Timer { get; init; }

    public override EventDefinitionKind Kind => EventDefinitionKind.Timer;
}
