using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    private const string LatestBinding = "latest";

    /// <summary>R45, R46: evaluates the called key, binding and <c>camunda:in</c> mappings, then asks the host for the child.</summary>
    /// <remarks>Everything is evaluated before the call is recorded, so a failure parks the token with nothing half-made.</remarks>
    private bool RequestChild(ElementInstance element, CallActivity call)
    {
        if (EvaluateAttribute(element, "calledElement", call.CalledElement ?? string.Empty, FailedOperation.Activate) is not { } key)
        {
            return false;
        }

        if (key.Value.ValueKind != JsonValueKind.String || key.Value.GetString() is not { Length: > 0 } processKey)
        {
            RaiseIncident(element, IncidentTypes.ExpressionError, $"The calledElement of '{element.ElementId}' is not a process key (got {Describe(key.Value)}).", FailedOperation.Activate);
            return false;
        }

        int? version = null;
        if (call.Version is { Length: > 0 } versionText)
        {
            if (EvaluateAttribute(element, "camunda:calledElementVersion", versionText, FailedOperation.Activate) is not { } evaluated)
            {
                return false;
            }

            if (!TryReadVersion(evaluated.Value, out var number))
            {
                RaiseIncident(element, IncidentTypes.ExpressionError, $"The calledElementVersion of '{element.ElementId}' is not a positive version number.", FailedOperation.Activate);
                return false;
            }

            version = number;
        }

        var visible = VisibleVariables(element);
        var variables = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        string? businessKey = null;
        foreach (var mapping in call.Inputs)
        {
            if (mapping.BusinessKey is { } businessKeyText)
            {
                if (EvaluateAttribute(element, "camunda:in businessKey", businessKeyText, FailedOperation.Activate) is not { } evaluated)
                {
                    return false;
                }

                businessKey = evaluated.Value.ValueKind switch
                {
                    JsonValueKind.String => evaluated.Value.GetString(),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    _ => evaluated.Value.GetRawText(),
                };
                continue;
            }

            if (mapping.AllVariables)
            {
                foreach (var (name, value) in mapping.Local ? element.Variables : (IEnumerable<KeyValuePair<string, JsonElement>>)visible)
                {
                    variables[name] = value;
                }

                continue;
            }

            if (MapIn(element, mapping, visible) is not { } mapped)
            {
                return false;
            }

            variables[mapping.Target!] = mapped;
        }

        var request = new CallInstance(
            NextChildInstanceId(), element.Id, element.ElementId, processKey, call.Binding ?? LatestBinding, version, call.VersionTag, variables.ToImmutable(), businessKey);
        _calls.Add(request);
        Emit(new ChildInstanceRequested(request));
        return true;
    }

    private JsonElement? MapIn(ElementInstance element, CallVariableMapping mapping, Dictionary<string, JsonElement> visible)
    {
        if (mapping.SourceExpression is { } expression)
        {
            return EvaluateAttribute(element, $"camunda:in '{mapping.Target}'", expression, FailedOperation.Activate)?.Value;
        }

        // R46: a missing source sets null.
        return mapping.Source is { } source && visible.TryGetValue(source, out var value) ? value : JsonSerializer.SerializeToElement<object?>(null);
    }

    /// <summary>R46, R47: the awaited child completed; its root variables pass through <c>camunda:out</c>, then the call completes.</summary>
    private EngineRejection? CompleteCall(CompleteCall command)
    {
        if (FindCall(command.ChildInstanceId) is not { } call || FindElement(call.ElementInstanceId) is not { State: ElementInstanceState.Waiting } element)
        {
            return new(RejectionCodes.CallNotActive, $"No call activity waits for child instance '{command.ChildInstanceId}'.");
        }

        var child = command.Variables ?? ImmutableSortedDictionary<string, JsonElement>.Empty;
        var outputs = new List<(string Name, JsonElement Value)>();
        foreach (var mapping in ((CallActivity)_model.GetNode(call.ElementId)).Outputs)
        {
            if (mapping.AllVariables)
            {
                outputs.AddRange(child.Select(pair => (pair.Key, pair.Value)));
            }
            else if (mapping.SourceExpression is { } expression)
            {
                var result = _evaluator.Evaluate(expression, new ExpressionScope(new Dictionary<string, JsonElement>(child, StringComparer.Ordinal), InstanceId, _businessKey, call.ElementId), _now);
                if (!result.Succeeded)
                {
                    return new(RejectionCodes.VariableInvalid, $"camunda:out '{mapping.Target}' of '{call.ElementId}' failed: {result.Error}");
                }

                outputs.Add((mapping.Target!, result.Value));
            }
            else if (mapping.Source is { } source)
            {
                outputs.Add((mapping.Target!, child.TryGetValue(source, out var value) ? value : JsonSerializer.SerializeToElement<object?>(null)));
            }
        }

        if (VariableRules.Problem(outputs.ToImmutableSortedDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal)) is { } problem)
        {
            return new(RejectionCodes.VariableInvalid, problem);
        }

        _calls.Remove(call);
        foreach (var (name, value) in outputs)
        {
            WriteToScopeChain(element.ScopeInstanceId, name, value);
        }

        CompleteActivity(element);
        return null;
    }

    /// <summary>R45, R47: the child could not start or ended without completing; the call parks in an incident a retry re-runs.</summary>
    private EngineRejection? FailCall(FailCall command)
    {
        if (FindCall(command.ChildInstanceId) is not { } call || FindElement(call.ElementInstanceId) is not { State: ElementInstanceState.Waiting } element)
        {
            return new(RejectionCodes.CallNotActive, $"No call activity waits for child instance '{command.ChildInstanceId}'.");
        }

        // The retry activates the call afresh (a new child, new boundary timers), so nothing of this attempt may remain.
        _calls.Remove(call);
        CancelAttachments(element, cancelTask: true);
        RaiseIncident(element, command.IncidentType, $"'{element.ElementId}': {command.Message}", FailedOperation.Activate);
        return null;
    }

    /// <summary>R41c: the child ended in an error nothing inside it caught; it is thrown again at the call activity.</summary>
    /// <remarks>Caught, the catching host is cancelled and with it the call, whose child is then cancelled (R47). Not
    /// caught here either, nothing changes: the child keeps its incident for an operator (R42).</remarks>
    private EngineRejection? ThrowCallError(ThrowCallError command)
    {
        if (FindCall(command.ChildInstanceId) is not { } call || FindElement(call.ElementInstanceId) is not { State: ElementInstanceState.Waiting } element)
        {
            return new(RejectionCodes.CallNotActive, $"No call activity waits for child instance '{command.ChildInstanceId}'.");
        }

        return ThrowError(element, includeSelf: true, command.ErrorCode, command.ErrorMessage)
            ? null
            : new(RejectionCodes.ErrorNotCaught, $"No error boundary catches '{command.ErrorCode}' from the call '{call.ElementId}'.");
    }

    /// <summary>R43: the child raised an escalation nothing inside it caught; it is thrown again at the call activity.</summary>
    /// <remarks>
    /// The search starts at the call's own boundaries. Caught interrupting, the host is cancelled and with it the call,
    /// whose child is then cancelled (R47); caught non-interrupting, the call keeps waiting beside the boundary token.
    /// Not caught, it goes on up to this instance's own caller, or ends here at R44. The child has already gone on as if
    /// uncaught, so this is accepted whatever the outcome.
    /// </remarks>
    private EngineRejection? ThrowCallEscalation(ThrowCallEscalation command)
    {
        if (FindCall(command.ChildInstanceId) is not { } call || FindElement(call.ElementInstanceId) is not { State: ElementInstanceState.Waiting } element)
        {
            return new(RejectionCodes.CallNotActive, $"No call activity waits for child instance '{command.ChildInstanceId}'.");
        }

        Escalate(element, includeSelf: true, command.EscalationCode);
        return null;
    }

    private void CancelCalls(ElementInstance element)
    {
        foreach (var call in _calls.Where(call => Owns(element, call.ElementInstanceId)).ToList())
        {
            _calls.Remove(call);
            Emit(new ChildInstanceCancelled(call.ChildInstanceId, call.ElementId));
        }
    }

    /// <summary>A child instance id derived from this instance's: stable across a replayed step, new for every call.</summary>
    /// <remarks>No colon: task, job and timer ids are "{instanceId}:{suffix}", and readers split them at the first colon.</remarks>
    private string NextChildInstanceId()
    {
        _counter++;
        return $"{InstanceId}-c{_counter.ToString(CultureInfo.InvariantCulture)}";
    }

    private CallInstance? FindCall(string childInstanceId) =>
        _calls.Find(call => string.Equals(call.ChildInstanceId, childInstanceId, StringComparison.Ordinal));

    private static bool TryReadVersion(JsonElement value, out int version)
    {
        version = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out version) && version > 0,
            JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0,
            _ => false,
        };
    }
}
