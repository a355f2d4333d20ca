namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A user task's follow-up date came; a reminder only, no token moves (R61).</summary>
public sealed record TaskFollowUpDue(string TaskId, string ElementId, DateTimeOffset FollowUpDate) : EngineEffect;
