namespace CaseFlow.Workflows.Model;

/// <summary>A task waiting for a message (R65).</summary>
public sealed record ReceiveTask : Activity
{
    /// <summary>The id of the root <c>message</c> element.</summary>
    public string? MessageRef { get; init; }

    public override FlowNodeKind Kind => FlowNodeKind.ReceiveTask;

    public override string ElementType => "receiveTask";
}
