using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A worker or handler ended a job with a BPMN error (R41): caught by a boundary, never retried.</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="JobId">The job.</param>
/// <param name="ErrorCode">The business error code matched against error boundaries.</param>
/// <param name="ErrorMessage">Goes to <c>errorMessageVariable</c> and, uncaught, to the <c>UnhandledError</c> incident.</param>
/// <param name="Variables">Written by scope rule (R67) before the error is thrown; null for none.</param>
public sealed record ThrowJobError(
    string CommandId,
    string JobId,
    string ErrorCode,
    string? ErrorMessage = null,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null) : EngineCommand(CommandId);
