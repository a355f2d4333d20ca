namespace CaseFlow.Workflows.Model;

/// <summary>The lookups of a <see cref="ProcessModel"/>, built once from its nodes and flows.</summary>
/// <remarks>
/// Duplicate ids only occur in models that failed validation (BPMN012); the first occurrence wins so building an
/// index never throws on a bad file.
/// </remarks>
internal sealed class ProcessIndex
{
    public ProcessIndex(IReadOnlyList<FlowNode> topNodes, IReadOnlyList<SequenceFlow> topFlows)
    {
        var allNodes = new List<FlowNode>();
        var allFlows = new List<SequenceFlow>();
        Collect(topNodes, topFlows, allNodes, allFlows);
        AllNodes = allNodes;

        // Flows of inner scopes were collected first; the position restores document order.
        AllFlows = allFlows.OrderBy(flow => flow.Position.Line).ThenBy(flow => flow.Position.Column).ToArray();

        var nodesById = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        var nodesByScope = new Dictionary<string, List<FlowNode>>(StringComparer.Ordinal);
        var boundaries = new Dictionary<string, List<BoundaryEvent>>(StringComparer.Ordinal);
        foreach (var node in allNodes)
        {
            nodesById.TryAdd(node.Id, node);
            Append(nodesByScope, node.ScopeId ?? string.Empty, node);
            if (node is BoundaryEvent boundary)
            {
                Append(boundaries, boundary.AttachedToId, boundary);
            }
        }

        var flowsById = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        var outgoing = new Dictionary<string, List<SequenceFlow>>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<SequenceFlow>>(StringComparer.Ordinal);
        foreach (var flow in AllFlows)
        {
            flowsById.TryAdd(flow.Id, flow);
            Append(outgoing, flow.SourceId, flow);
            Append(incoming, flow.TargetId, flow);
        }

        NodesById = nodesById;
        FlowsById = flowsById;
        NodesByScope = Freeze(nodesByScope);
        Boundaries = Freeze(boundaries);
        Outgoing = Freeze(outgoing);
        Incoming = Freeze(incoming);
    }

    public IReadOnlyList<FlowNode> AllNodes { get; }

    public IReadOnlyList<SequenceFlow> AllFlows { get; }

    public IReadOnlyDictionary<string, FlowNode> NodesById { get; }

    public IReadOnlyDictionary<string, SequenceFlow> FlowsById { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<FlowNode>> NodesByScope { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<BoundaryEvent>> Boundaries { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<SequenceFlow>> Outgoing { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<SequenceFlow>> Incoming { get; }

    private static void Collect(
        IReadOnlyList<FlowNode> nodes,
        IReadOnlyList<SequenceFlow> flows,
        List<FlowNode> allNodes,
        List<SequenceFlow> allFlows)
    {
        foreach (var node in nodes)
        {
            allNodes.Add(node);
            if (node is SubProcess subProcess)
            {
                Collect(subProcess.Nodes, subProcess.Flows, allNodes, allFlows);
            }
        }

        allFlows.AddRange(flows);
    }

    private static void Append<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }

    private static Dictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> map) =>
        map.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<T>)pair.Value.ToArray(), StringComparer.Ordinal);
}
