using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>An operator moves tokens in one step: cancel element instances, start before or after elements, set variables (R73).</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="Instructions">Applied in order, after the variables are written; at least one, or variables.</param>
/// <param name="Variables">Written to the root scope first, so started elements see them; null for none.</param>
/// <param name="Actor">Who modified.</param>
/// <param name="Reason">Why; recorded with the modification.</param>
public sealed record ModifyInstance(
    string CommandId,
    ImmutableList<ModificationInstruction> Instructions,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null,
    string? Actor = null,
    string? Reason = null) : EngineCommand(CommandId);
