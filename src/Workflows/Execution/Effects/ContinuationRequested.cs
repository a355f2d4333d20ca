using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A token stopped at an async savepoint; the host sends <c>Continue</c> after this step commits (R66).</summary>
public sealed record ContinuationRequested(string ElementInstanceId, string ElementId, SavepointPhase Phase) : EngineEffect;
