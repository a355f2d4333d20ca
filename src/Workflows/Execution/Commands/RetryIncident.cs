using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Re-runs an incident's failed operation, optionally after writing variables (R71).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="IncidentId">The open incident.</param>
/// <param name="Variables">Written to the root scope before the retry; null for none.</param>
/// <param name="Actor">Who retried.</param>
/// <param name="Retries">For a job incident, the attempts to grant (default 1).</param>
public sealed record RetryIncident(
    string CommandId,
    string IncidentId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null,
    string? Actor = null,
    int? Retries = null) : EngineCommand(CommandId);
