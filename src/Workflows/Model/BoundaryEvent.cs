namespace CaseFlow.Workflows.Model;

/// <summary>A timer, message, error or escalation event attached to an activity (R36, R39–R43).</summary>
public sealed record BoundaryEvent : EventNode
{
    /// <summary>The id of the host activity (<c>attachedToRef</c>).</summary>
    public required string AttachedToId { get; init; }

    /// <summary>True for an interrupting boundary (the BPMN default).</summary>
    public bool CancelActivity { get; init; } = true;

    public override FlowNodeKind Kind => FlowNodeKind.BoundaryEvent;

    public override string ElementType => "boundaryEvent";
}
