using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>Completes an open user task with variables (R59, R67).</summary>
public sealed record CompleteTask(
    string CommandId,
    string TaskId,
    ImmutableSortedDictionary<string, JsonElement>? Variables = null,
    string? Actor = null) : EngineCommand(CommandId);
