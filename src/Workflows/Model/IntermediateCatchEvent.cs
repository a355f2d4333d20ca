namespace CaseFlow.Workflows.Model;

/// <summary>A timer or message intermediate catch event.</summary>
public sealed record IntermediateCatchEvent : EventNode
{
    public override FlowNodeKind Kind => FlowNodeKind.IntermediateCatchEvent;

    public override string ElementType => "intermediateCatchEvent";
}
