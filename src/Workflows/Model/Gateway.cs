namespace CaseFlow.Workflows.Model;

/// <summary>An exclusive, parallel, inclusive or event-based gateway (R13–R23).</summary>
public sealed record Gateway : FlowNode
{
    /// <summary>The gateway type.</summary>
    public required GatewayType GatewayType { get; init; }

    /// <summary>The <c>default</c> flow id (exclusive and inclusive gateways only).</summary>
    public string? DefaultFlowId { get; init; }

    public override FlowNodeKind Kind => FlowNodeKind.Gateway;

    public override string ElementType => GatewayType switch
    {
        GatewayType.Exclusive => "exclusiveGateway",
        GatewayType.Parallel => "parallelGateway",
        GatewayType.Inclusive => "inclusiveGateway",
        _ => "eventBasedGateway",
    };
}
