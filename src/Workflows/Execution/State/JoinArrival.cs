namespace CaseFlow.Workflows.Execution.State;

/// <summary>Arrivals waiting at a joining gateway on one incoming flow (R16).</summary>
/// <param name="ScopeInstanceId">The scope instance the gateway runs in.</param>
/// <param name="GatewayId">The joining gateway.</param>
/// <param name="FlowId">The incoming flow.</param>
/// <param name="Count">Arrivals not yet consumed by a firing; always at least 1 in the state.</param>
public sealed record JoinArrival(string ScopeInstanceId, string GatewayId, string FlowId, int Count);
