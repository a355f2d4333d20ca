namespace CaseFlow.Workflows.Model;

/// <summary>A none, terminate, error or escalation end event (R25–R28).</summary>
public sealed record EndEvent : EventNode
{
    public override FlowNodeKind Kind => FlowNodeKind.EndEvent;

    public override string ElementType => "endEvent";
}
