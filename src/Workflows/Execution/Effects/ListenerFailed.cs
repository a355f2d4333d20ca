namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A task listener failed without blocking anything: the task stays usable (R58, R70).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="ElementId">The user task element.</param>
/// <param name="Event">The listener's event.</param>
/// <param name="ListenerId">The listener's id attribute, if any.</param>
/// <param name="Message">What went wrong; names variables, never their values.</param>
public sealed record ListenerFailed(string TaskId, string ElementId, string Event, string? ListenerId, string Message) : EngineEffect;
