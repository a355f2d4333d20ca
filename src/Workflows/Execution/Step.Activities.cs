using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>Enters a user, service or script task or a subprocess (R58, R62, R64, R38).</summary>
    /// <remarks>
    /// Everything that can fail is evaluated before anything is created: input mappings, the task's attributes and the
    /// boundary timers. A failure therefore parks the token with nothing half-made, and a retry re-runs the whole
    /// activation (R58: "a failure before the task exists parks the token").
    /// </remarks>
    private void ActivateActivity(ElementInstance element, Activity activity)
    {
        if (!ApplyInputs(ref element, activity))
        {
            return;
        }

        // Boundaries of a multi-instance activity attach to its body, never to the inner instances (R51).
        var boundaries = element.LoopCounter is null ? PlanBoundaries(element, activity) : BoundaryPlan.None;
        if (boundaries is null)
        {
            return;
        }

        switch (activity)
        {
            case UserTask userTask:
                if (!CreateUserTask(element, userTask))
                {
                    return;
                }

                break;
            case ServiceTask serviceTask:
                if (!CreateJob(element, serviceTask))
                {
                    return;
                }

                break;
            case ReceiveTask receiveTask:
                if (MessageNameOf(element, receiveTask.MessageRef) is not { } messageName)
                {
                    return;
                }

                OpenSubscription(element.Id, receiveTask.Id, messageName);
                break;
            case ScriptTask scriptTask:
                RunScriptTask(element, scriptTask);
                return;
            case CallActivity call:
                if (!RequestChild(element, call))
                {
                    return;
                }

                break;
            case SubProcess subProcess:
                if (_model.NoneStartEvent(subProcess.Id) is not { } start)
                {
                    Unsupported(element, "a subprocess without a none start event");
                    return;
                }

                // The subprocess's locals (from input mappings) become its scope's variables.
                _scopes.Add(new ScopeInstance(element.Id, subProcess.Id, element.ScopeInstanceId, element.Variables));
                element = element with { Variables = ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal) };
                Replace(element);
                Enter(start, element.Id);
                break;
        }

        Replace(FindElement(element.Id)! with { State = ElementInstanceState.Waiting });
        AttachBoundaries(element, boundaries);
    }

    /// <summary>Evaluates the message names and timers of the activity's boundary events; null after raising the incident.</summary>
    private BoundaryPlan? PlanBoundaries(ElementInstance element, Activity activity)
    {
        var boundaries = _model.BoundaryEventsOf(activity.Id);
        var messages = new List<(BoundaryEvent Event, string Name)>();
        foreach (var boundary in boundaries)
        {
            if (boundary.Definition is MessageEventDefinition definition)
            {
                if (MessageNameOf(element, definition.MessageRef) is not { } name)
                {
                    return null;
                }

                messages.Add((boundary, name));
            }
        }

        var timers = new List<(BoundaryEvent Event, PlannedTimer Timer)>();
        foreach (var boundary in boundaries)
        {
            if (boundary.Definition is TimerEventDefinition definition)
            {
                if (PlanTimer(element, boundary.Id, definition) is not { } planned)
                {
                    return null;
                }

                timers.Add((boundary, planned));
            }
        }

        return new BoundaryPlan(messages, timers);
    }

    private void AttachBoundaries(ElementInstance host, BoundaryPlan plan)
    {
        foreach (var (boundary, planned) in plan.Timers)
        {
            ScheduleTimer(TimerKind.Boundary, host.Id, boundary.Id, planned, null);
        }

        foreach (var (boundary, name) in plan.Messages)
        {
            OpenSubscription(host.Id, boundary.Id, name);
        }
    }

    /// <summary>R68 inputs: evaluated in XML order into locals; later parameters see earlier ones.</summary>
    private bool ApplyInputs(ref ElementInstance element, Activity activity)
    {
        foreach (var parameter in activity.InputOutput.Inputs)
        {
            if (EvaluateParameter(element, parameter, "input") is not { } value)
            {
                return false;
            }

            element = element with { Variables = element.Variables.SetItem(parameter.Name, value) };
            Replace(element);
        }

        return true;
    }

    /// <summary>R68 outputs: evaluated in XML order with the locals visible, written to the parent scope per R67.</summary>
    /// <remarks>Called on normal completion only; interruption and cancellation never reach it (R39).</remarks>
    private bool ApplyOutputs(ElementInstance element)
    {
        var node = _model.GetNode(element.ElementId);
        foreach (var parameter in node.InputOutput.Outputs)
        {
            if (EvaluateParameter(element, parameter, "output") is not { } value)
            {
                return false;
            }

            WriteToScopeChain(element.ScopeInstanceId, parameter.Name, value);
        }

        return true;
    }

    private JsonElement? EvaluateParameter(ElementInstance element, IoParameter parameter, string direction)
    {
        var operation = direction == "input" ? FailedOperation.Activate : FailedOperation.Complete;
        switch (parameter.Value)
        {
            case NullParameterValue:
                return JsonSerializer.SerializeToElement<object?>(null);
            case TextParameterValue text:
                if (EvaluateAttribute(element, $"{direction} parameter '{parameter.Name}'", text.Text, operation) is not { } result)
                {
                    return null;
                }

                if (VariableRules.Problem(result.Value) is { } problem)
                {
                    RaiseIncident(element, IncidentTypes.VariableLimitExceeded, $"The {direction} parameter '{parameter.Name}' of '{element.ElementId}' cannot be stored: {problem}.", operation);
                    return null;
                }

                return result.Value;
            default:
                Unsupported(element, $"{parameter.Value.GetType().Name} in {direction} parameter '{parameter.Name}'", operation);
                return null;
        }
    }
}
