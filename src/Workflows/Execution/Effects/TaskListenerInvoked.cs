using System.Collections.Immutable;

namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>A task listener implemented by a registered handler is due to run, after this step commits (R58).</summary>
/// <remarks>The host runs it at least once; the handler uses <paramref name="IdempotencyKey"/> to act once.</remarks>
/// <param name="TaskId">The task the event happened to.</param>
/// <param name="ElementId">The user task element.</param>
/// <param name="Event">create, assignment, update, complete, delete or timeout.</param>
/// <param name="ListenerId">The listener's id attribute, if any.</param>
/// <param name="HandlerName">The registered handler (<c>class</c> or <c>delegateExpression</c>).</param>
/// <param name="Fields">The <c>camunda:field</c> values, expressions already evaluated.</param>
/// <param name="IdempotencyKey">Unique per invocation within the instance.</param>
/// <param name="Assignee">The task's assignee when the event happened.</param>
public sealed record TaskListenerInvoked(
    string TaskId,
    string ElementId,
    string Event,
    string? ListenerId,
    string HandlerName,
    ImmutableSortedDictionary<string, string?> Fields,
    string IdempotencyKey,
    string? Assignee) : EngineEffect;
