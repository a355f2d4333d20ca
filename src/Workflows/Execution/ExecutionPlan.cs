using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Lookups the engine derives once per model and the model itself does not offer.</summary>
/// <remarks>
/// For every joining parallel or inclusive gateway and each of its incoming flows, the set of nodes of the same scope from which a
/// token can still reach that flow, following sequence flows and boundary events (a host reaches whatever its
/// boundaries reach), never through the join itself. R21 uses it at quiescence to tell a join that is merely waiting
/// from one that can never fire, and R19 to tell whether an inclusive join may fire without its missing flows.
/// </remarks>
internal sealed class ExecutionPlan
{
    private readonly Dictionary<(string Gateway, string Flow), HashSet<string>> _reachers = [];
    private readonly Dictionary<string, int> _documentOrder = new(StringComparer.Ordinal);

    public ExecutionPlan(ProcessModel model)
    {
        for (var i = 0; i < model.AllNodes.Count; i++)
        {
            _documentOrder.TryAdd(model.AllNodes[i].Id, i);
        }

        foreach (var gateway in model.AllNodes.OfType<Gateway>())
        {
            if (!IsJoin(model, gateway) && !IsInclusiveJoin(model, gateway))
            {
                continue;
            }

            foreach (var flow in model.Incoming(gateway.Id))
            {
                _reachers[(gateway.Id, flow.Id)] = NodesReaching(model, gateway.Id, flow.SourceId);
            }
        }
    }

    /// <summary>True for a parallel gateway with more than one incoming flow: arrivals are counted per flow (R16).</summary>
    public static bool IsJoin(ProcessModel model, FlowNode node) =>
        node is Gateway { GatewayType: GatewayType.Parallel } && model.Incoming(node.Id).Count > 1;

    /// <summary>True for an inclusive gateway with more than one incoming flow: it fires at quiescence (R19, R20).</summary>
    public static bool IsInclusiveJoin(ProcessModel model, FlowNode node) =>
        node is Gateway { GatewayType: GatewayType.Inclusive } && model.Incoming(node.Id).Count > 1;

    /// <summary>Whether a token at <paramref name="nodeId"/> can still arrive on <paramref name="flowId"/> of the join.</summary>
    public bool CanReach(string nodeId, string gatewayId, string flowId) =>
        _reachers.TryGetValue((gatewayId, flowId), out var nodes) && nodes.Contains(nodeId);

    /// <summary>The node's position in document order; unknown ids sort last.</summary>
    public int DocumentOrder(string nodeId) => _documentOrder.GetValueOrDefault(nodeId, int.MaxValue);

    private static HashSet<string> NodesReaching(ProcessModel model, string gatewayId, string sourceId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(sourceId);
        while (pending.Count > 0)
        {
            var nodeId = pending.Pop();
            if (string.Equals(nodeId, gatewayId, StringComparison.Ordinal) || !result.Add(nodeId))
            {
                continue;
            }

            foreach (var incoming in model.Incoming(nodeId))
            {
                pending.Push(incoming.SourceId);
            }

            if (model.FindNode(nodeId) is BoundaryEvent boundary)
            {
                pending.Push(boundary.AttachedToId);
            }
        }

        return result;
    }
}
