using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>Advances every queued token to a wait state, an incident or its end, then settles the joins (R2, R20–R22).</summary>
    /// <remarks>Inclusive joins fire only when the queue is empty (quiescence); each firing runs the queue again.</remarks>
    private void Drain()
    {
        do
        {
            RunQueue();
        }
        while (_status == InstanceStatus.Active && (FireReadyInclusiveJoin() || RaiseInclusiveDeadlock()));

        if (_status == InstanceStatus.Active)
        {
            DetectStuckJoins();
        }
    }

    private void RunQueue()
    {
        while (_queue.Count > 0)
        {
            var item = _queue.Dequeue();
            if (FindElement(item.ElementInstanceId) is not { State: ElementInstanceState.Active } element)
            {
                continue; // Cancelled or parked meanwhile (terminate, boundary, incident).
            }

            switch (item.Kind)
            {
                case WorkKind.Activate:
                    Activate(element);
                    break;
                case WorkKind.Complete:
                    CompleteActivity(element);
                    break;
                default:
                    Leave(element);
                    break;
            }
        }
    }

    private void Activate(ElementInstance element)
    {
        var node = _model.GetNode(element.ElementId);

        var inner = element.LoopCounter is not null;
        if (!inner)
        {
            // R3: the activation that would exceed the budget parks instead; earlier progress commits.
            if (_activations >= _options.StepLimit)
            {
                RaiseIncident(element, IncidentTypes.StepLimitExceeded, $"More than {_options.StepLimit} element activations in one step; a loop without a wait state?", FailedOperation.Activate);
                return;
            }

            _activations++;
        }

        _options.ActivationProbe?.Invoke(node.Id);

        if (AsyncOf(element).Before && element.Savepoint == SavepointPhase.None)
        {
            Park(element, SavepointPhase.Before);
            return;
        }

        if (!inner && node is Activity { MultiInstance: { } characteristics } body)
        {
            ActivateBody(element, body, characteristics);
            return;
        }

        switch (node)
        {
            case StartEvent:
            case BoundaryEvent:
                Proceed(element);
                break;
            case EndEvent end:
                ActivateEnd(element, end);
                break;
            case IntermediateCatchEvent { Definition: TimerEventDefinition timer }:
                ActivateTimerCatch(element, timer);
                break;
            case IntermediateThrowEvent { Definition: EscalationEventDefinition } escalationThrow:
                ThrowEscalationEvent(element, escalationThrow);
                break;
            case Gateway { GatewayType: GatewayType.Exclusive or GatewayType.Parallel or GatewayType.Inclusive }:
                Proceed(element);
                break;
            case IntermediateCatchEvent { Definition: MessageEventDefinition message }:
                ActivateMessageCatch(element, message);
                break;
            case Gateway { GatewayType: GatewayType.EventBased }:
                ActivateEventGateway(element);
                break;
            case UserTask or ServiceTask or ScriptTask or ReceiveTask or SubProcess or CallActivity:
                ActivateActivity(element, (Activity)node);
                break;
            default:
                Unsupported(element, node.ElementType + (node is EventNode { Definition: { } definition } ? $" with a {definition.Kind} definition" : string.Empty));
                break;
        }
    }

    private void ActivateEnd(ElementInstance element, EndEvent end)
    {
        switch (end.DefinitionKind)
        {
            case EventDefinitionKind.None:
                // R25: the token is consumed; the scope completes when it was the last.
                RemoveElement(element.Id);
                CompleteScopeIfDone(element.ScopeInstanceId);
                break;
            case EventDefinitionKind.Terminate:
                Terminate(element);
                break;
            case EventDefinitionKind.Error:
                ThrowErrorEnd(element, end);
                break;
            case EventDefinitionKind.Escalation:
                ThrowEscalationEvent(element, end);
                break;
            default:
                Unsupported(element, $"{end.DefinitionKind} end events");
                break;
        }
    }

    /// <summary>R26: cancel everything else in the scope, deepest first, then complete the scope normally.</summary>
    private void Terminate(ElementInstance element)
    {
        RemoveElement(element.Id);
        CancelTree(_elements.Where(other => string.Equals(other.ScopeInstanceId, element.ScopeInstanceId, StringComparison.Ordinal)).ToList());
        RemoveArrivals(element.ScopeInstanceId);
        CompleteScopeIfDone(element.ScopeInstanceId);
    }

    /// <summary>Normal completion of an activity: output mappings, boundary cleanup, then its outgoing flows.</summary>
    private void CompleteActivity(ElementInstance element)
    {
        // Callers may hold a copy from before their own writes (result variables); outputs must see the latest locals.
        element = FindElement(element.Id)!;
        if (!ApplyOutputs(element) || (element.LoopCounter is not null && !CollectOutput(FindElement(element.Id)!)))
        {
            return;
        }

        CancelAttachments(FindElement(element.Id)!, cancelTask: true);
        Proceed(FindElement(element.Id)!);
    }

    /// <summary>Leaves now, or first stops at the <c>asyncAfter</c> savepoint, which follows output mappings (R66).</summary>
    private void Proceed(ElementInstance element)
    {
        if (AsyncOf(element).After && element.Savepoint != SavepointPhase.After)
        {
            Park(element, SavepointPhase.After);
            return;
        }

        Leave(element);
    }

    /// <summary>R66: the token waits at a savepoint; this step commits and the host continues it in a step of its own.</summary>
    private void Park(ElementInstance element, SavepointPhase phase)
    {
        Replace(element with { State = ElementInstanceState.Waiting, Savepoint = phase });
        Emit(new ContinuationRequested(element.Id, element.ElementId, phase));
    }

    /// <summary>Takes the outgoing flows (R8–R10, R13, R15) or parks the token in an incident.</summary>
    private void Leave(ElementInstance element)
    {
        if (element.LoopCounter is not null)
        {
            FinishInner(element); // Inner instances report to their body; only the body takes flows (R48).
            return;
        }

        var node = _model.GetNode(element.ElementId);
        var outgoing = _model.Outgoing(node.Id);
        if (outgoing.Count == 0)
        {
            // R10: no outgoing flow at all is an implicit end.
            EndElement(element);
            CompleteScopeIfDone(element.ScopeInstanceId);
            return;
        }

        var taken = new List<SequenceFlow>();
        var exclusive = node is Gateway { GatewayType: GatewayType.Exclusive };
        var parallel = node is Gateway { GatewayType: GatewayType.Parallel };
        foreach (var flow in outgoing)
        {
            if (flow.IsDefault && !parallel)
            {
                continue;
            }

            if (flow.Condition is null || parallel)
            {
                taken.Add(flow);
            }
            else
            {
                var result = EvaluateCondition(element, flow);
                if (result is null)
                {
                    return; // Incident raised; no token moves (R11, R13).
                }

                if (result.Value)
                {
                    taken.Add(flow);
                }
            }

            if (exclusive && taken.Count > 0)
            {
                break; // R13: the first true flow wins; later ones are not evaluated.
            }
        }

        if (taken.Count == 0 && outgoing.FirstOrDefault(flow => flow.IsDefault) is { } defaultFlow)
        {
            taken.Add(defaultFlow);
        }

        if (taken.Count == 0)
        {
            RaiseIncident(element, IncidentTypes.NoOutgoingFlow, $"No outgoing flow of '{node.Id}' can be taken: every condition is false and there is no default flow.", FailedOperation.Leave);
            return;
        }

        EndElement(element);
        foreach (var flow in taken)
        {
            Take(flow, element.ScopeInstanceId);
        }
    }

    /// <summary>A token travels along <paramref name="flow"/>: an arrival at a join, else a new activation (R12, R14).</summary>
    private void Take(SequenceFlow flow, string scopeInstanceId)
    {
        var target = _model.GetNode(flow.TargetId);
        if (ExecutionPlan.IsJoin(_model, target))
        {
            Arrive(flow, (Gateway)target, scopeInstanceId);
            return;
        }

        if (ExecutionPlan.IsInclusiveJoin(_model, target))
        {
            ArriveInclusive(flow, (Gateway)target, scopeInstanceId);
            return;
        }

        Enter(target, scopeInstanceId);
    }

    /// <summary>Removes a normally ended element instance and whatever still hangs on it.</summary>
    private void EndElement(ElementInstance element)
    {
        CancelAttachments(element, cancelTask: true);
        RemoveElement(element.Id);
    }

    /// <summary>R38: a scope without live element instances completes, once; the root completes the instance.</summary>
    private void CompleteScopeIfDone(string scopeInstanceId)
    {
        if (HasLiveElements(scopeInstanceId) || HasArrivals(scopeInstanceId) || FindScope(scopeInstanceId)?.Loop is not null)
        {
            return; // Live tokens, arrivals that R21 judges at quiescence, or a multi-instance body (it completes through FinishInner).
        }

        if (string.Equals(scopeInstanceId, InstanceId, StringComparison.Ordinal))
        {
            if (_status == InstanceStatus.Active)
            {
                _status = InstanceStatus.Completed;
                _endedAt = _now;
                CancelRemainingTimers();
                Emit(new InstanceCompleted(InstanceId));
            }

            return;
        }

        // The subprocess's element instance id is its scope instance id.
        if (FindElement(scopeInstanceId) is { } host)
        {
            CompleteActivity(host);
        }
    }

    /// <summary>The savepoints that apply: an inner instance of a multi-instance activity takes its loop's (R66).</summary>
    private AsyncSettings AsyncOf(ElementInstance element)
    {
        var node = _model.GetNode(element.ElementId);
        return element.LoopCounter is not null && node is Activity { MultiInstance: { } characteristics } ? characteristics.Async : node.Async;
    }

    private void CancelRemainingTimers()
    {
        foreach (var timer in _timers.ToList())
        {
            _timers.Remove(timer);
            Emit(new TimerCancelled(timer.TimerId, timer.ElementId));
        }
    }

    private void Unsupported(ElementInstance element, string what, FailedOperation operation = FailedOperation.Activate) =>
        RaiseIncident(element, IncidentTypes.UnsupportedConstruct, $"'{element.ElementId}': {what} cannot run in this engine version yet.", operation);
}
