namespace CaseFlow.Workflows.Model;

/// <summary>A none, timer or message start event (R24, R37, R54).</summary>
public sealed record StartEvent : EventNode
{
    /// <summary><c>camunda:initiator</c>: the variable receiving the starting user's id.</summary>
    public string? Initiator { get; init; }

    /// <summary>The start form (none start only).</summary>
    public FormDefinition Form { get; init; } = FormDefinition.None;

    public override FlowNodeKind Kind => FlowNodeKind.StartEvent;

    public override string ElementType => "startEvent";
}
