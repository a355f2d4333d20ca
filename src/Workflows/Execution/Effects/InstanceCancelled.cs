namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>The process instance was cancelled (R72).</summary>
public sealed record InstanceCancelled(string InstanceId, string Reason, string? Actor) : EngineEffect;
