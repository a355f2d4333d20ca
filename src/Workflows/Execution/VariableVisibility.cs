using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Which variables an element instance sees (R67): the one rule for expressions, service tasks and forms.</summary>
/// <remarks>
/// Reads resolve innermost first: the root scope, each enclosing subprocess or multi-instance scope outwards-in, then
/// the element's own scope (a subprocess) and its locals. An inner instance of a multi-instance activity also sees its
/// <c>loopCounter</c> and element variable (R49), which are derived from its index and the body's copy of the
/// collection rather than stored on it.
/// </remarks>
public static class VariableVisibility
{
    private const string LoopCounterName = "loopCounter";

    /// <summary>The variables element instance <paramref name="elementInstanceId"/> sees; the root variables when it is not live.</summary>
    public static ImmutableSortedDictionary<string, JsonElement> Of(ProcessModel model, InstanceState state, string elementInstanceId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        var element = state.Elements.Find(e => string.Equals(e.Id, elementInstanceId, StringComparison.Ordinal));
        if (element is null)
        {
            return state.RootVariables;
        }

        var visible = Resolve(
            model,
            element,
            id => state.Scopes.Find(s => string.Equals(s.Id, id, StringComparison.Ordinal)),
            id => state.Elements.Find(e => string.Equals(e.Id, id, StringComparison.Ordinal)));
        return visible.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    internal static Dictionary<string, JsonElement> Resolve(
        ProcessModel model, ElementInstance element, Func<string, ScopeInstance?> findScope, Func<string, ElementInstance?> findElement)
    {
        var chain = new List<ScopeInstance>();
        for (var scope = findScope(element.ScopeInstanceId); scope is not null; scope = scope.ParentId is { } parent ? findScope(parent) : null)
        {
            chain.Add(scope);
        }

        var visible = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            AddLoopLocals(visible, model, findElement(chain[i].Id), findScope);
            AddAll(visible, chain[i].Variables);
        }

        AddLoopLocals(visible, model, element, findScope);
        if (findScope(element.Id) is { } own)
        {
            AddAll(visible, own.Variables); // A subprocess's locals live in its own scope.
        }

        AddAll(visible, element.Variables);
        return visible;
    }

    /// <summary>R49: an inner instance of a multi-instance activity sees its <c>loopCounter</c> and element variable.</summary>
    private static void AddLoopLocals(Dictionary<string, JsonElement> visible, ProcessModel model, ElementInstance? element, Func<string, ScopeInstance?> findScope)
    {
        if (element?.LoopCounter is not { } index)
        {
            return;
        }

        visible[LoopCounterName] = JsonSerializer.SerializeToElement(index);
        if (model.FindNode(element.ElementId) is Activity { MultiInstance.ElementVariable: { } name }
            && findScope(element.ScopeInstanceId)?.Loop?.Items is { } items && index < items.Count)
        {
            visible[name] = items[index];
        }
    }

    private static void AddAll(Dictionary<string, JsonElement> visible, IEnumerable<KeyValuePair<string, JsonElement>> variables)
    {
        foreach (var (name, value) in variables)
        {
            visible[name] = value;
        }
    }
}
