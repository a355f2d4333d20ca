namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A user task's due date passed; SLA handling only, no token moves (R58b, R61).</summary>
public sealed record TaskDue(string TaskId, string ElementId, DateTimeOffset DueDate) : EngineEffect;
