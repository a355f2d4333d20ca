using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Message subscriptions, correlation and the event-based gateway (R23, R52, R53, R55–R57, R65).</summary>
/// <remarks>
/// Subscriptions live in the instance state and hang on an element instance, so they open in the step in which the
/// element activates and close, through <see cref="CancelAttachments"/>, in the step in which it ends however it ends
/// (R52). Nothing is buffered (R55): a message with no open subscription is refused and leaves no trace.
/// </remarks>
internal sealed partial class Step
{
    private void ActivateMessageCatch(ElementInstance element, MessageEventDefinition definition)
    {
        if (MessageNameOf(element, definition.MessageRef) is not { } name)
        {
            return;
        }

        Replace(element with { State = ElementInstanceState.Waiting });
        OpenSubscription(element.Id, element.ElementId, name);
    }

    /// <summary>R23: one timer or subscription per target, all evaluated before any is created; the gateway waits.</summary>
    private void ActivateEventGateway(ElementInstance element)
    {
        var timers = new List<(string Target, PlannedTimer Timer)>();
        var messages = new List<(string Target, string Name)>();
        foreach (var flow in _model.Outgoing(element.ElementId))
        {
            switch (_model.GetNode(flow.TargetId))
            {
                case IntermediateCatchEvent { Definition: TimerEventDefinition timer } target:
                    if (PlanTimer(element, target.Id, timer) is not { } planned)
                    {
                        return;
                    }

                    timers.Add((target.Id, planned));
                    break;
                case IntermediateCatchEvent { Definition: MessageEventDefinition message } target:
                    if (MessageNameOf(element, message.MessageRef) is not { } name)
                    {
                        return;
                    }

                    messages.Add((target.Id, name));
                    break;
            }
        }

        Replace(element with { State = ElementInstanceState.Waiting });
        foreach (var (target, planned) in timers)
        {
            ScheduleTimer(TimerKind.CatchEvent, element.Id, target, planned, null);
        }

        foreach (var (target, name) in messages)
        {
            OpenSubscription(element.Id, target, name);
        }
    }

    /// <summary>R23: the first trigger wins; every other timer and subscription of the gateway closes in this step.</summary>
    private void TriggerEventGateway(ElementInstance gateway, string targetId, ImmutableSortedDictionary<string, JsonElement>? variables)
    {
        CancelAttachments(gateway, cancelTask: true);
        RemoveElement(gateway.Id);
        var target = CreateElement(_model.GetNode(targetId), gateway.ScopeInstanceId);
        WriteResultVariables(target, variables);

        // Completing (not activating) the target: it has already been triggered, so it must not subscribe again.
        _queue.Enqueue(new WorkItem(WorkKind.Complete, target.Id));
    }

    /// <summary>R53/R56: exactly one open subscription of this name receives the message.</summary>
    private EngineRejection? CorrelateMessage(CorrelateMessage command)
    {
        var candidates = _subscriptions.Where(subscription => string.Equals(subscription.MessageName, command.MessageName, StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return new(RejectionCodes.MessageNotCorrelated, $"No open subscription waits for message '{command.MessageName}'.");
        }

        if (candidates.Count > 1)
        {
            return new(RejectionCodes.MessageAmbiguous, $"{candidates.Count} open subscriptions wait for message '{command.MessageName}'; nothing was delivered.");
        }

        if (command.Variables is { } variables && VariableRules.Problem(variables) is { } problem)
        {
            return new(RejectionCodes.VariableInvalid, problem);
        }

        var subscription = candidates[0];
        var owner = FindElement(subscription.ElementInstanceId)!;
        Emit(new MessageCorrelated(subscription.SubscriptionId, subscription.ElementId, subscription.MessageName));
        switch (_model.GetNode(subscription.ElementId))
        {
            case BoundaryEvent boundary:
                // R40: a non-interrupting message boundary stays subscribed and can trigger again.
                if (boundary.CancelActivity)
                {
                    CancelTree([owner]);
                }

                var entered = CreateElement(boundary, owner.ScopeInstanceId);
                WriteResultVariables(entered, command.Variables);
                _queue.Enqueue(new WorkItem(WorkKind.Activate, entered.Id));
                break;
            case var _ when !string.Equals(owner.ElementId, subscription.ElementId, StringComparison.Ordinal):
                TriggerEventGateway(owner, subscription.ElementId, command.Variables);
                break;
            default:
                // R65: a receive task or catch event completes; its outputs and outgoing flows follow (R56, R68).
                WriteResultVariables(owner, command.Variables);
                Replace(FindElement(owner.Id)! with { State = ElementInstanceState.Active });
                CompleteActivity(FindElement(owner.Id)!);
                break;
        }

        return null;
    }

    /// <summary>The message name of a reference, evaluated when it is an expression; null after raising the incident.</summary>
    private string? MessageNameOf(ElementInstance element, string? messageRef)
    {
        var text = _model.FindMessage(messageRef)?.Name ?? string.Empty;
        if (!Workflows.Expressions.ExpressionText.ContainsExpression(text))
        {
            return text;
        }

        if (EvaluateAttribute(element, "message name", text, FailedOperation.Activate) is not { } result)
        {
            return null;
        }

        if (result.AsText() is { Length: > 0 } name)
        {
            return name;
        }

        RaiseIncident(element, IncidentTypes.ExpressionError, $"The message name of '{element.ElementId}' evaluated to an empty value.", FailedOperation.Activate);
        return null;
    }

    private void OpenSubscription(string elementInstanceId, string elementId, string messageName)
    {
        var subscription = new MessageSubscription(NextId("m"), elementInstanceId, elementId, messageName);
        _subscriptions.Add(subscription);
        Emit(new MessageSubscriptionOpened(subscription.SubscriptionId, elementId, messageName));
    }

    private void CloseSubscriptions(ElementInstance element)
    {
        foreach (var subscription in _subscriptions.Where(subscription => Owns(element, subscription.ElementInstanceId)).ToList())
        {
            _subscriptions.Remove(subscription);
            Emit(new MessageSubscriptionClosed(subscription.SubscriptionId, subscription.ElementId, subscription.MessageName));
        }
    }
}
