namespace CaseFlow.Workflows.Model;

/// <summary>An escalation intermediate throw event (R43).</summary>
public sealed record IntermediateThrowEvent : EventNode
{
    public override FlowNodeKind Kind => FlowNodeKind.IntermediateThrowEvent;

    public override string ElementType => "intermediateThrowEvent";
}
