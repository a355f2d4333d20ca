using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The process instance or one embedded subprocess instance, with its variables.</summary>
/// <param name="Id">The instance id for the root scope; the subprocess's element instance id otherwise.</param>
/// <param name="ElementId">The subprocess element id; null for the root scope.</param>
/// <param name="ParentId">The enclosing scope instance; null for the root scope.</param>
/// <param name="Variables">Variables of this scope, ordinal order.</param>
public sealed record ScopeInstance(
    string Id,
    string? ElementId,
    string? ParentId,
    ImmutableSortedDictionary<string, JsonElement> Variables)
{
    /// <summary>User task element ids completed in this scope instance, in first-completion order: the targets a return may use (R74).</summary>
    public ImmutableList<string> CompletedUserTasks { get; init; } = [];
}
