using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A user task was created (R58).</summary>
public sealed record TaskCreated(UserTaskInstance Task) : EngineEffect;
