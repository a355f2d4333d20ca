namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A message was delivered to a subscription (R53, R56).</summary>
/// <param name="SubscriptionId">The subscription that received it.</param>
/// <param name="ElementId">The catching element.</param>
/// <param name="MessageName">The message name.</param>
public sealed record MessageCorrelated(string SubscriptionId, string ElementId, string MessageName) : EngineEffect;
