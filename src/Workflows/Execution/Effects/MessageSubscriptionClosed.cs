namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A message subscription was closed (R52); the host keeps its subscription index in step with the state.</summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="ElementId">The catching element.</param>
/// <param name="MessageName">The evaluated message name.</param>
public sealed record MessageSubscriptionClosed(string SubscriptionId, string ElementId, string MessageName) : EngineEffect;
