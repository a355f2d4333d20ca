using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Inclusive joins (R19, R20, R22): arrivals are recorded in transit and judged only at quiescence.</summary>
/// <remarks>
/// <para>
/// A token "can reach" a missing incoming flow when it sits, in the join's scope instance, at a node of the flow's
/// precomputed reacher set (<see cref="ExecutionPlan"/>): a live element instance (active, waiting or failed; a
/// subprocess stands for everything inside it) or arrivals held at another join. A join fires when every incoming flow
/// has an arrival or when no token can reach any flow that lacks one; firing takes one arrival from each flow that
/// has one. Joins are tried in document order, one firing at a time, and the queue runs again after each firing, so
/// whatever moved (an arrival, an ended token, a cancellation) is seen before the next judgement.
/// </para>
/// <para>
/// A deadlock is a set of inclusive joins that wait only on arrivals held by each other: none of them is fed, directly
/// or through a chain of joins, by a live element instance. The first in document order then takes its arrivals into
/// a failed element instance with an <c>InclusiveJoinDeadlock</c> incident; that parked token now feeds the others, so
/// they keep waiting, and a retry activates the gateway with the arrivals it took.
/// </para>
/// </remarks>
internal sealed partial class Step
{
    private void ArriveInclusive(SequenceFlow flow, Gateway gateway, string scopeInstanceId)
    {
        var key = (scopeInstanceId, gateway.Id, flow.Id);
        _arrivals[key] = _arrivals.GetValueOrDefault(key) + 1;
    }

    /// <summary>Fires the first inclusive join, in document order, that may fire (R19); true when one did.</summary>
    private bool FireReadyInclusiveJoin()
    {
        foreach (var (scope, gatewayId) in JoinsWithArrivals().Where(join => IsInclusive(join.Gateway)))
        {
            var missing = MissingFlows(scope, gatewayId);
            if (missing.Count > 0 && missing.Exists(flowId => TokenCanReach(scope, gatewayId, flowId, joinsCount: true)))
            {
                continue;
            }

            TakeInclusiveArrivals(scope, gatewayId);
            Enter(_model.GetNode(gatewayId), scope);
            return true;
        }

        return false;
    }

    /// <summary>R22: parks the first deadlocked inclusive join in an incident; true when it did.</summary>
    private bool RaiseInclusiveDeadlock()
    {
        var joins = JoinsWithArrivals();
        var fed = new HashSet<(string Scope, string Gateway)>();
        bool grew;
        do
        {
            grew = false;
            foreach (var join in joins.Where(join => !fed.Contains(join)))
            {
                var missing = MissingFlows(join.Scope, join.Gateway);
                var isFed = missing.Exists(flowId =>
                    TokenCanReach(join.Scope, join.Gateway, flowId, joinsCount: false)
                    || fed.Any(other => string.Equals(other.Scope, join.Scope, StringComparison.Ordinal) && _plan.CanReach(other.Gateway, join.Gateway, flowId)));
                if (isFed)
                {
                    fed.Add(join);
                    grew = true;
                }
            }
        }
        while (grew);

        if (joins.FirstOrDefault(join => IsInclusive(join.Gateway) && !fed.Contains(join)) is not ({ } scope, { } gatewayId))
        {
            return false;
        }

        TakeInclusiveArrivals(scope, gatewayId);
        var marker = CreateElement(_model.GetNode(gatewayId), scope);
        RaiseIncident(marker, IncidentTypes.InclusiveJoinDeadlock, $"Inclusive join '{gatewayId}' waits only on other joins that wait on it; retry fires it with the arrivals it has.", FailedOperation.Activate);
        return true;
    }

    private List<(string Scope, string Gateway)> JoinsWithArrivals() =>
        [.. _arrivals
            .Where(pair => pair.Value > 0)
            .Select(pair => (pair.Key.Scope, pair.Key.Gateway))
            .Distinct()
            .OrderBy(join => _plan.DocumentOrder(join.Gateway))
            .ThenBy(join => join.Scope, StringComparer.Ordinal)];

    private bool IsInclusive(string gatewayId) => ExecutionPlan.IsInclusiveJoin(_model, _model.GetNode(gatewayId));

    private List<string> MissingFlows(string scope, string gatewayId) =>
        [.. _model.Incoming(gatewayId).Where(flow => _arrivals.GetValueOrDefault((scope, gatewayId, flow.Id)) == 0).Select(flow => flow.Id)];

    /// <summary>Whether a live element instance, or (with <paramref name="joinsCount"/>) another join's arrivals, can still arrive on the flow.</summary>
    private bool TokenCanReach(string scope, string gatewayId, string flowId, bool joinsCount) =>
        _elements.Exists(element =>
            string.Equals(element.ScopeInstanceId, scope, StringComparison.Ordinal)
            && _plan.CanReach(element.ElementId, gatewayId, flowId))
        || (joinsCount && _arrivals.Any(pair =>
            pair.Value > 0
            && string.Equals(pair.Key.Scope, scope, StringComparison.Ordinal)
            && !string.Equals(pair.Key.Gateway, gatewayId, StringComparison.Ordinal)
            && _plan.CanReach(pair.Key.Gateway, gatewayId, flowId)));

    private void TakeInclusiveArrivals(string scope, string gatewayId)
    {
        foreach (var flow in _model.Incoming(gatewayId))
        {
            var key = (scope, gatewayId, flow.Id);
            if (_arrivals.GetValueOrDefault(key) > 1)
            {
                _arrivals[key]--;
            }
            else
            {
                _arrivals.Remove(key);
            }
        }
    }
}
