namespace CaseFlow.Workflows.Model;

/// <summary>A task, call activity or embedded subprocess.</summary>
public abstract record Activity : FlowNode
{
    /// <summary>The <c>default</c> flow id, taken only when no other flow is (R9).</summary>
    public string? DefaultFlowId { get; init; }

    /// <summary>Multi-instance characteristics; null for a single instance.</summary>
    public MultiInstanceCharacteristics? MultiInstance { get; init; }
}
