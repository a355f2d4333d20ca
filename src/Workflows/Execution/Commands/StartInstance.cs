using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Runs the none start event (R24).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Variables">Set on the root scope before the first token leaves; null for none.</param>
/// <param name="BusinessKey">Recorded on the instance; not required to be unique.</param>
/// <param name="Initiator">The starting user's id; goes to the start event's <c>camunda:initiator</c> variable.</param>
/// <param name="StartEventId">A top-level start event to start from (a timer start firing, R37); null for the none start.</param>
public sealed record StartInstance(
    string CommandId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null,
    string? BusinessKey = null,
    string? Initiator = null,
    string? StartEventId = null) : EngineCommand(CommandId);
