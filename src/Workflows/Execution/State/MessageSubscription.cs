namespace CaseFlow.Workflows.Execution.State;

/// <summary>An open message subscription of the instance (R52).</summary>
/// <param name="SubscriptionId">Unique in the instance.</param>
/// <param name="ElementInstanceId">The element instance it belongs to: the receive task or catch event, the boundary's host, or the event-based gateway.</param>
/// <param name="ElementId">The element that catches: receive task, catch event, boundary event, or the gateway's target event.</param>
/// <param name="MessageName">The evaluated message name.</param>
public sealed record MessageSubscription(string SubscriptionId, string ElementInstanceId, string ElementId, string MessageName);
