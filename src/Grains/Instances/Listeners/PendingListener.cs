using CaseFlow.Workflows.Execution.Effects;

namespace CaseFlow.Grains.Instances.Listeners;

/// <summary>A handler listener invocation not yet done, kept in the instance's stored record until it is (R58).</summary>
/// <param name="Invocation">What the engine asked for.</param>
/// <param name="Attempts">Failed attempts so far.</param>
public sealed record PendingListener(TaskListenerInvoked Invocation, int Attempts);
