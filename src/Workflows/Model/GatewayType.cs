namespace CaseFlow.Workflows.Model;

/// <summary>The gateway types of Tier 1.</summary>
public enum GatewayType
{
    Exclusive,
    Parallel,
    Inclusive,
    EventBased,
}
