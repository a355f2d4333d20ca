using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R16: counts one arrival on the flow, then fires as many rounds as every flow can supply.</summary>
    /// <remarks>
    /// Counting per flow (as C8) means two arrivals on one flow never stand in for a missing one on another. Each
    /// firing takes exactly one arrival from each flow and activates the gateway once; the activation then splits
    /// (R17), so a mixed gateway joins first and splits second.
    /// </remarks>
    private void Arrive(SequenceFlow flow, Gateway gateway, string scopeInstanceId)
    {
        var key = (scopeInstanceId, gateway.Id, flow.Id);
        _arrivals[key] = _arrivals.GetValueOrDefault(key) + 1;

        var incoming = _model.Incoming(gateway.Id);
        while (incoming.All(candidate => _arrivals.GetValueOrDefault((scopeInstanceId, gateway.Id, candidate.Id)) > 0))
        {
            foreach (var candidate in incoming)
            {
                var candidateKey = (scopeInstanceId, gateway.Id, candidate.Id);
                _arrivals[candidateKey]--;
                if (_arrivals[candidateKey] == 0)
                {
                    _arrivals.Remove(candidateKey);
                }
            }

            ResolveStuckJoin(scopeInstanceId, gateway.Id);
            Enter(gateway, scopeInstanceId);
        }
    }

    private bool HasArrivals(string scopeInstanceId) =>
        _arrivals.Keys.Any(key => string.Equals(key.Scope, scopeInstanceId, StringComparison.Ordinal));

    private void RemoveArrivals(string scopeInstanceId)
    {
        foreach (var key in _arrivals.Keys.Where(key => string.Equals(key.Scope, scopeInstanceId, StringComparison.Ordinal)).ToList())
        {
            _arrivals.Remove(key);
        }
    }

    /// <summary>R21: at quiescence, a join holding arrivals that a missing flow can no longer reach raises <c>JoinUnreachable</c>.</summary>
    /// <remarks>
    /// The incident sits on a failed element instance of the gateway, so its scope stays open and the instance visibly
    /// needs an operator (modification or cancel) instead of waiting silently. Joins are checked in document order.
    /// </remarks>
    private void DetectStuckJoins()
    {
        var waiting = _arrivals.Keys
            .Where(key => ExecutionPlan.IsJoin(_model, _model.GetNode(key.Gateway)))
            .Select(key => (key.Scope, key.Gateway))
            .Distinct()
            .OrderBy(join => _plan.DocumentOrder(join.Gateway))
            .ThenBy(join => join.Scope, StringComparer.Ordinal)
            .ToList();
        foreach (var (scope, gatewayId) in waiting)
        {
            if (_elements.Exists(element => IsStuckJoinMarker(element, scope, gatewayId)))
            {
                continue;
            }

            var unreachable = _model.Incoming(gatewayId)
                .Where(flow => _arrivals.GetValueOrDefault((scope, gatewayId, flow.Id)) == 0)
                .Where(flow => !_elements.Exists(element =>
                    string.Equals(element.ScopeInstanceId, scope, StringComparison.Ordinal)
                    && _plan.CanReach(element.ElementId, gatewayId, flow.Id)))
                .Select(flow => flow.Id)
                .ToList();
            if (unreachable.Count == 0)
            {
                continue;
            }

            var marker = CreateElement(_model.GetNode(gatewayId), scope);
            RaiseIncident(marker, IncidentTypes.JoinUnreachable, $"Join '{gatewayId}' can never fire: no token can reach {string.Join(", ", unreachable.Select(id => $"'{id}'"))}.", FailedOperation.Join, retryable: false);
        }
    }

    private static bool IsStuckJoinMarker(ElementInstance element, string scope, string gatewayId) =>
        element.State == ElementInstanceState.Failed
        && string.Equals(element.ScopeInstanceId, scope, StringComparison.Ordinal)
        && string.Equals(element.ElementId, gatewayId, StringComparison.Ordinal);

    /// <summary>A join that fires after all (an operator recorded the missing arrival) closes its <c>JoinUnreachable</c>.</summary>
    private void ResolveStuckJoin(string scope, string gatewayId)
    {
        foreach (var marker in _elements.Where(element => IsStuckJoinMarker(element, scope, gatewayId)).ToList())
        {
            foreach (var incident in _incidents.Where(incident => string.Equals(incident.ElementInstanceId, marker.Id, StringComparison.Ordinal)).ToList())
            {
                _incidents.Remove(incident);
                Emit(new IncidentResolved(incident.IncidentId, "joinFired", null));
            }

            RemoveElement(marker.Id);
        }
    }
}
