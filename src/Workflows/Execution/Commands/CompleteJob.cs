using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>A worker or handler finished a job (R62).</summary>
public sealed record CompleteJob(
    string CommandId,
    string JobId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null) : EngineCommand(CommandId);
