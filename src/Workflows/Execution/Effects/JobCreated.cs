namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>Service work is on offer: first offer or a retry (R62, R63).</summary>
/// <param name="JobId">The job; the same across attempts.</param>
/// <param name="ElementId">The service task.</param>
/// <param name="Topic">The worker topic.</param>
/// <param name="Attempt">1-based; <c>instanceId:elementInstanceId:attempt</c> is the handler idempotency key.</param>
/// <param name="IdempotencyKey">The key a handler uses to run this attempt at most once.</param>
public sealed record JobCreated(string JobId, string ElementId, string Topic, int Attempt, string IdempotencyKey) : EngineEffect;
