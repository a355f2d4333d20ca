using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Delivers a message to the one open subscription of this name in the instance (R53, R56).</summary>
/// <param name="CommandId">The idempotency key; the host passes the message id here, so a repeated message id replays the first result (R57).</param>
/// <param name="MessageName">The message name.</param>
/// <param name="Variables">Written per R56 from the catching element; null for none.</param>
public sealed record CorrelateMessage(
    string CommandId,
    string MessageName,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null) : EngineCommand(CommandId);
