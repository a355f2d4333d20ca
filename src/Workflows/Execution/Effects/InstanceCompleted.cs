namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>The process instance completed (R25, R26, R38).</summary>
public sealed record InstanceCompleted(string InstanceId) : EngineEffect;
