using System.Collections.Immutable;
using System.Text.Json;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The process instance, one embedded subprocess instance or one multi-instance body, with its variables.</summary>
/// <param name="Id">The instance id for the root scope; the subprocess's or body's element instance id otherwise.</param>
/// <param name="ElementId">The subprocess or multi-instance activity element id; null for the root scope.</param>
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

    /// <summary>Set when this scope is a multi-instance body: its inner instances live in it (R48–R51).</summary>
    public MultiInstanceLoop? Loop { get; init; }
}
