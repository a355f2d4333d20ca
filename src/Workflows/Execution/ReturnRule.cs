using System.Collections.Immutable;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Where an open user task may be returned to (R74, 退回): the rule the engine applies, for hosts to show before asking.</summary>
/// <remarks>
/// <c>caseflow.return</c> on the task: <c>none</c> forbids returning, a comma-separated list names the only targets,
/// absent allows any. On top, a target must be a user task completed earlier in the same scope instance, the task
/// must not be one of a multi-instance body's inner instances, and the scope must hold this one token and nothing
/// waiting at a join, so moving it cannot strand another branch.
/// </remarks>
public static class ReturnRule
{
    private const string Property = "caseflow.return";

    /// <summary>The model forbids returning from <paramref name="node"/> at all.</summary>
    public static bool Forbids(FlowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Equals(node.Property(Property)?.Trim(), "none", StringComparison.Ordinal);
    }

    /// <summary>The model lets <paramref name="node"/> return to <paramref name="target"/>: not forbidden, and listed when there is a list.</summary>
    public static bool ModelAllows(FlowNode node, string target)
    {
        ArgumentNullException.ThrowIfNull(node);
        var allowed = node.Property(Property)?.Trim();
        return !Forbids(node)
            && (allowed is not { Length: > 0 } || allowed.Split(',').Select(t => t.Trim()).Contains(target, StringComparer.Ordinal));
    }

    /// <summary>The scope holds more than the one token, or something waits at one of its joins.</summary>
    public static bool ScopeIsBusy(IEnumerable<ElementInstance> elements, IEnumerable<JoinArrival> arrivals, string scopeInstanceId)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(arrivals);
        return elements.Count(e => string.Equals(e.ScopeInstanceId, scopeInstanceId, StringComparison.Ordinal)) > 1
            || arrivals.Any(a => string.Equals(a.ScopeInstanceId, scopeInstanceId, StringComparison.Ordinal) && a.Count > 0);
    }

    /// <summary>The element ids open task <paramref name="taskId"/> may be returned to now, in the order they completed; empty when none.</summary>
    public static ImmutableArray<string> TargetsOf(ProcessModel model, InstanceState state, string taskId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is not { } task
            || state.Elements.Find(e => string.Equals(e.Id, task.ElementInstanceId, StringComparison.Ordinal)) is not { LoopCounter: null } element
            || model.FindNode(task.ElementId) is not { } node
            || Forbids(node)
            || ScopeIsBusy(state.Elements, state.JoinArrivals, element.ScopeInstanceId)
            || state.Scopes.Find(s => string.Equals(s.Id, element.ScopeInstanceId, StringComparison.Ordinal)) is not { } scope)
        {
            return [];
        }

        return [.. scope.CompletedUserTasks.Distinct(StringComparer.Ordinal).Where(target => ModelAllows(node, target))];
    }
}
