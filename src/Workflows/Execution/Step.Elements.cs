using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    private ElementInstance? FindElement(string id) =>
        _elements.Find(element => string.Equals(element.Id, id, StringComparison.Ordinal));

    private void Replace(ElementInstance element)
    {
        var index = _elements.FindIndex(candidate => string.Equals(candidate.Id, element.Id, StringComparison.Ordinal));
        _elements[index] = element;
    }

    private void RemoveElement(string id) =>
        _elements.RemoveAll(element => string.Equals(element.Id, id, StringComparison.Ordinal));

    private ElementInstance CreateElement(FlowNode node, string scopeInstanceId, ElementInstanceState state = ElementInstanceState.Active)
    {
        var id = NextId("e");
        var element = new ElementInstance(id, node.Id, scopeInstanceId, state, _counter, ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal));
        _elements.Add(element);
        return element;
    }

    /// <summary>Creates an element instance for <paramref name="node"/> and queues its activation (FIFO, R2).</summary>
    private void Enter(FlowNode node, string scopeInstanceId)
    {
        var element = CreateElement(node, scopeInstanceId);
        _queue.Enqueue(new WorkItem(WorkKind.Activate, element.Id));
    }

    private bool HasLiveElements(string scopeInstanceId) =>
        _elements.Exists(element => string.Equals(element.ScopeInstanceId, scopeInstanceId, StringComparison.Ordinal));

    private ScopeInstance? FindScope(string id) =>
        _scopes.Find(scope => string.Equals(scope.Id, id, StringComparison.Ordinal));

    /// <summary>How deeply an element instance is nested: 0 at process level.</summary>
    private int Depth(ElementInstance element)
    {
        var depth = 0;
        var scope = FindScope(element.ScopeInstanceId);
        while (scope?.ParentId is { } parent)
        {
            depth++;
            scope = FindScope(parent);
        }

        return depth;
    }
}
