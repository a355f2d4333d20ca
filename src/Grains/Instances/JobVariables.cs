using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Grains.Instances;

/// <summary>The variables an in-process service task sees: those visible to its element instance (R67).</summary>
/// <remarks>
/// Reads resolve innermost first, as in expressions: the root scope, each enclosing subprocess or multi-instance
/// scope outwards-in, then the task's own locals (its input mappings). A task at process level without input
/// mappings therefore sees exactly the root variables, while one inside a multi-instance body sees its own element
/// variable instead of a value another inner instance wrote at the root.
/// </remarks>
public static class JobVariables
{
    public static ImmutableSortedDictionary<string, JsonElement> VisibleTo(InstanceState instance, string elementInstanceId)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var element = instance.Elements.Find(e => string.Equals(e.Id, elementInstanceId, StringComparison.Ordinal));
        if (element is null)
        {
            return instance.RootVariables;
        }

        var chain = new List<ScopeInstance>();
        for (var scope = Find(instance, element.ScopeInstanceId); scope is not null; scope = scope.ParentId is { } parent ? Find(instance, parent) : null)
        {
            chain.Add(scope);
        }

        var visible = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i].Variables)
            {
                visible[name] = value;
            }
        }

        foreach (var (name, value) in element.Variables)
        {
            visible[name] = value;
        }

        return visible.ToImmutable();
    }

    private static ScopeInstance? Find(InstanceState instance, string id) =>
        instance.Scopes.Find(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
