using System.Collections.Immutable;

namespace CaseFlow.Grains.Instances.Listeners;

/// <summary>What a task listener handler is told about the event it serves.</summary>
/// <param name="InstanceId">The process instance.</param>
/// <param name="TaskId">The task the event happened to.</param>
/// <param name="ElementId">The user task element.</param>
/// <param name="Event">create, assignment, update, complete, delete or timeout.</param>
/// <param name="ListenerId">The listener's id attribute, if any.</param>
/// <param name="Fields">The listener's <c>camunda:field</c> values, evaluated when the event happened.</param>
/// <param name="Assignee">The task's assignee when the event happened.</param>
/// <param name="Attempt">1 for the first run, counting up on retries.</param>
/// <param name="IdempotencyKey">The same across retries of one invocation.</param>
public sealed record TaskListenerContext(
    string InstanceId,
    string TaskId,
    string ElementId,
    string Event,
    string? ListenerId,
    ImmutableSortedDictionary<string, string?> Fields,
    string? Assignee,
    int Attempt,
    string IdempotencyKey);
