namespace CaseFlow.Workflows.Model;

/// <summary>An embedded subprocess: a scope with its own nodes and flows (R38).</summary>
public sealed record SubProcess : Activity
{
    /// <summary>The nodes directly inside, in XML order.</summary>
    public ValueList<FlowNode> Nodes { get; init; } = ValueList<FlowNode>.Empty;

    /// <summary>The sequence flows directly inside, in XML order.</summary>
    public ValueList<SequenceFlow> Flows { get; init; } = ValueList<SequenceFlow>.Empty;

    public override FlowNodeKind Kind => FlowNodeKind.SubProcess;

    public override string ElementType => "subProcess";
}
