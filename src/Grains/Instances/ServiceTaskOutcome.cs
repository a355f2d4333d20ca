using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Grains.Instances;

/// <summary>The result of a service task handler: completed with variables, a BPMN error, or a failure.</summary>
/// <param name="Variables">For a completion: variables written per R67; null for none.</param>
/// <param name="ErrorCode">For a BPMN error: the error code.</param>
/// <param name="FailureMessage">For a failure or a BPMN error: the message kept on the job (no variable values).</param>
/// <param name="Retries">For a failure: overrides the remaining attempts; null keeps the retry cycle's count.</param>
/// <param name="RetryTimeout">For a failure: overrides the wait before the next attempt.</param>
public sealed record ServiceTaskOutcome(
    ImmutableSortedDictionary<string, JsonElement>? Variables,
    string? ErrorCode,
    string? FailureMessage,
    int? Retries,
    TimeSpan? RetryTimeout)
{
    public bool IsCompleted => ErrorCode is null && FailureMessage is null;

    public static ServiceTaskOutcome Completed(ImmutableSortedDictionary<string, JsonElement>? variables = null) =>
        new(variables, null, null, null, null);

    /// <summary>A business error for a boundary to catch (R41); uses no retry, and uncaught it is an <c>UnhandledError</c> incident.</summary>
    public static ServiceTaskOutcome BpmnError(string code, string message) => new(null, code, message, 0, null);

    public static ServiceTaskOutcome Failed(string message, int? retries = null, TimeSpan? retryTimeout = null) =>
        new(null, null, message, retries, retryTimeout);
}
