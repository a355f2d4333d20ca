namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A task was sent back to an earlier user task (退回, R74); the task's cancellation and the target's new task follow.</summary>
public sealed record TaskReturned(string TaskId, string ElementId, string TargetElementId, string Reason, string? Actor) : EngineEffect;
