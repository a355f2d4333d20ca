namespace CaseFlow.Workflows.Model;

public sealed partial class ProcessModel
{
    /// <summary>Every node of every scope, in document order (a subprocess before its contents).</summary>
    public IReadOnlyList<FlowNode> AllNodes => _index.AllNodes;

    /// <summary>Every sequence flow of every scope, in document order.</summary>
    public IReadOnlyList<SequenceFlow> AllFlows => _index.AllFlows;

    /// <summary>The node with this id, or null.</summary>
    public FlowNode? FindNode(string id) => _index.NodesById.GetValueOrDefault(id);

    /// <summary>The node with this id; throws when absent (a validated model resolves every reference).</summary>
    public FlowNode GetNode(string id) =>
        _index.NodesById.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No flow node '{id}'.");

    /// <summary>The flow with this id, or null.</summary>
    public SequenceFlow? FindFlow(string id) => _index.FlowsById.GetValueOrDefault(id);

    /// <summary>The flows leaving a node, in XML order.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing(string nodeId) =>
        _index.Outgoing.TryGetValue(nodeId, out var flows) ? flows : [];

    /// <summary>The flows entering a node, in XML order.</summary>
    public IReadOnlyList<SequenceFlow> Incoming(string nodeId) =>
        _index.Incoming.TryGetValue(nodeId, out var flows) ? flows : [];

    /// <summary>The boundary events attached to an activity, in XML order.</summary>
    public IReadOnlyList<BoundaryEvent> BoundaryEventsOf(string hostId) =>
        _index.Boundaries.TryGetValue(hostId, out var events) ? events : [];

    /// <summary>The nodes directly inside a scope: the process for null, else the subprocess with that id.</summary>
    public IReadOnlyList<FlowNode> NodesInScope(string? scopeId) =>
        _index.NodesByScope.TryGetValue(scopeId ?? string.Empty, out var nodes) ? nodes : [];

    /// <summary>The enclosing subprocess of a node; null at process level.</summary>
    public SubProcess? ParentScopeOf(string nodeId) =>
        FindNode(nodeId)?.ScopeId is { } scopeId ? FindNode(scopeId) as SubProcess : null;

    /// <summary>The none start event of a scope (the API's start at process level), or null.</summary>
    public StartEvent? NoneStartEvent(string? scopeId = null) =>
        NodesInScope(scopeId).OfType<StartEvent>().FirstOrDefault(start => start.Definition is null);

    /// <summary>The message a message event or receive task refers to, or null.</summary>
    public MessageDefinition? FindMessage(string? messageRef) => RootElements.FindMessage(messageRef);

    /// <summary>The error an error event refers to, or null.</summary>
    public ErrorDefinition? FindError(string? errorRef) => RootElements.FindError(errorRef);

    /// <summary>The escalation an escalation event refers to, or null.</summary>
    public EscalationDefinition? FindEscalation(string? escalationRef) => RootElements.FindEscalation(escalationRef);
}
