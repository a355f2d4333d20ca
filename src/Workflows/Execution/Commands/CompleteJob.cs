using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A worker or handler finished a job (R62).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="JobId">The job.</param>
/// <param name="Variables">Result variables, written per R67.</param>
/// <param name="WorkerId">The external worker, which must hold an unexpired lock; null for an in-process handler.</param>
public sealed record CompleteJob(
    string CommandId,
    string JobId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null,
    string? WorkerId = null) : EngineCommand(CommandId);
