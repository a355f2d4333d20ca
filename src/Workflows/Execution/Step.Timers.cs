using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    private void ActivateTimerCatch(ElementInstance element, TimerEventDefinition definition)
    {
        if (PlanTimer(element, element.ElementId, definition) is not { } planned)
        {
            return;
        }

        Replace(element with { State = ElementInstanceState.Waiting });
        ScheduleTimer(TimerKind.CatchEvent, element.Id, element.ElementId, planned, null);
    }

    /// <summary>R29–R32: evaluates the timer value at creation; null after raising the incident on <paramref name="element"/>.</summary>
    private PlannedTimer? PlanTimer(ElementInstance element, string eventId, TimerEventDefinition definition) =>
        PlanTimer(element, eventId, definition.Timer);

    private PlannedTimer? PlanTimer(ElementInstance element, string eventId, TimerSpec? timerSpec)
    {
        if (timerSpec is not { } spec)
        {
            RaiseIncident(element, IncidentTypes.TimerExpressionError, $"Timer '{eventId}' has no value.", FailedOperation.Activate);
            return null;
        }

        var value = spec.Literal;
        if (spec.IsExpression)
        {
            var attribute = $"timer of '{eventId}'";
            if (EvaluateAttribute(element, attribute, spec.Text, FailedOperation.Activate) is not { } result)
            {
                return null;
            }

            if (result.Instant is { } instant && spec.Type == TimerType.Date)
            {
                return new PlannedTimer(instant, null, null);
            }

            var parsed = IsoTimerParser.Parse(spec.Type, result.AsText() ?? string.Empty);
            if (!parsed.Success)
            {
                RaiseIncident(element, IncidentTypes.TimerExpressionError, $"The {attribute} is invalid: {parsed.Error}.", FailedOperation.Activate);
                return null;
            }

            value = parsed.Value;
        }

        if (value is null)
        {
            RaiseIncident(element, IncidentTypes.TimerExpressionError, $"Timer '{eventId}' has an invalid value.", FailedOperation.Activate);
            return null;
        }

        var dueAt = TimerSchedule.NextDue(_now, value, _options.TimeZone);
        return value is TimerCycle cycle
            ? new PlannedTimer(dueAt, cycle.Interval.ToString(), cycle.Repetitions)
            : new PlannedTimer(dueAt, null, null);
    }

    private void ScheduleTimer(TimerKind kind, string elementInstanceId, string elementId, PlannedTimer planned, string? referenceId, string? listenerId = null)
    {
        var timer = new TimerInstance(NextId("tm"), kind, elementInstanceId, elementId, planned.DueAt, planned.CycleInterval, planned.CycleRemaining, referenceId)
        {
            ListenerId = listenerId,
        };
        _timers.Add(timer);
        Emit(new TimerScheduled(timer.TimerId, elementId, timer.DueAt));
    }

    /// <summary>R32–R36: fires a due timer exactly once; early or unknown timers are no-ops.</summary>
    private EngineRejection? TimerDue(TimerDue command)
    {
        var timer = _timers.Find(candidate => string.Equals(candidate.TimerId, command.TimerId, StringComparison.Ordinal));
        if (timer is null || _now < timer.DueAt)
        {
            return null; // R34 unknown or removed; R33 never early (the wake-up is re-requested by Run).
        }

        var occurrences = 1;
        var rescheduled = false;
        _timers.Remove(timer);
        if (timer.CycleInterval is { } intervalText && IsoTimerParser.TryParseDuration(intervalText, out var interval))
        {
            var cycle = CycleStep.After(timer.DueAt, interval, timer.CycleRemaining, _now, _options.TimeZone);
            occurrences = cycle.Occurrences;
            if (cycle.Next is { } next)
            {
                _timers.Add(timer with { DueAt = next, CycleRemaining = cycle.Remaining });
                rescheduled = true;
            }
        }

        Emit(new TimerFired(timer.TimerId, timer.ElementId, timer.DueAt, _now - timer.DueAt, occurrences));
        if (rescheduled)
        {
            var nextTimer = _timers[^1];
            Emit(new TimerScheduled(nextTimer.TimerId, nextTimer.ElementId, nextTimer.DueAt));
        }

        var owner = FindElement(timer.ElementInstanceId);
        switch (timer.Kind)
        {
            case TimerKind.CatchEvent when owner is { State: ElementInstanceState.Waiting } && !string.Equals(owner.ElementId, timer.ElementId, StringComparison.Ordinal):
                // R23: the timer of an event-based gateway's target; the first trigger wins.
                TriggerEventGateway(owner, timer.ElementId, null);
                break;
            case TimerKind.CatchEvent when owner is { State: ElementInstanceState.Waiting }:
                // Completing (not just leaving) applies the catch event's output mappings and its asyncAfter (R66, R68).
                Replace(owner with { State = ElementInstanceState.Active });
                _queue.Enqueue(new WorkItem(WorkKind.Complete, owner.Id));
                break;
            case TimerKind.Boundary when owner is not null:
                FireBoundary(owner, (BoundaryEvent)_model.GetNode(timer.ElementId));
                break;
            case TimerKind.JobRetry when owner is not null:
                OfferAgain(timer.ReferenceId!);
                break;
            case TimerKind.TaskDue:
                Emit(new TaskDue(timer.ReferenceId!, timer.ElementId, timer.DueAt));
                break;
            case TimerKind.TaskFollowUp:
                Emit(new TaskFollowUpDue(timer.ReferenceId!, timer.ElementId, timer.DueAt));
                break;
            case TimerKind.TaskTimeout:
                FireTimeoutListener(timer);
                break;
        }

        return null;
    }

    /// <summary>R39/R40: an interrupting boundary cancels its host deepest first, then one token leaves the boundary.</summary>
    private void FireBoundary(ElementInstance host, BoundaryEvent boundary)
    {
        if (boundary.CancelActivity)
        {
            CancelTree([host]);
        }

        Enter(boundary, host.ScopeInstanceId);
    }

    /// <summary>Asks the host for a wake-up at the earliest pending timer when it changed, or after any timer command (R33, R34).</summary>
    private void RequestWakeUp(bool always)
    {
        var earliest = _timers.OrderBy(timer => timer.DueAt).FirstOrDefault();
        if (earliest is null || _status != InstanceStatus.Active)
        {
            return;
        }

        var before = _original.NextTimer();
        if (always || before is null || !string.Equals(before.TimerId, earliest.TimerId, StringComparison.Ordinal) || before.DueAt != earliest.DueAt)
        {
            Emit(new WakeUpRequested(earliest.TimerId, earliest.DueAt));
        }
    }
}
