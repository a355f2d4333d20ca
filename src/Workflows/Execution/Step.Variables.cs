using System.Text.Json;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>The variables an element instance sees (R67, R49).</summary>
    private Dictionary<string, JsonElement> VisibleVariables(ElementInstance element) =>
        VariableVisibility.Resolve(_model, element, FindScope, FindElement);

    /// <summary>R67: a write from an element instance goes to the nearest holder of the name, else to the root scope.</summary>
    private void WriteVariable(string elementInstanceId, string name, JsonElement value)
    {
        if (FindElement(elementInstanceId) is { } element)
        {
            if (element.Variables.ContainsKey(name))
            {
                Replace(element with { Variables = element.Variables.SetItem(name, value) });
                return;
            }

            var scopeId = FindScope(element.Id) is { } own ? own.Id : element.ScopeInstanceId;
            WriteToScopeChain(scopeId, name, value);
            return;
        }

        WriteToScopeChain(InstanceId, name, value);
    }

    private void WriteToScopeChain(string scopeInstanceId, string name, JsonElement value)
    {
        for (var scope = FindScope(scopeInstanceId); scope is not null; scope = scope.ParentId is { } parent ? FindScope(parent) : null)
        {
            if (scope.Variables.ContainsKey(name))
            {
                SetScopeVariable(scope.Id, name, value);
                return;
            }
        }

        SetScopeVariable(InstanceId, name, value);
    }

    private void SetScopeVariable(string scopeInstanceId, string name, JsonElement value)
    {
        var index = _scopes.FindIndex(scope => string.Equals(scope.Id, scopeInstanceId, StringComparison.Ordinal));
        _scopes[index] = _scopes[index] with { Variables = _scopes[index].Variables.SetItem(name, value.Clone()) };
    }

    private EvaluationResult Evaluate(ElementInstance element, string text) =>
        _evaluator.Evaluate(text, new ExpressionScope(VisibleVariables(element), InstanceId, _businessKey, element.ElementId), _now);

    /// <summary>Evaluates an outgoing flow's condition; null after raising the incident (R11, R78).</summary>
    private bool? EvaluateCondition(ElementInstance element, SequenceFlow flow)
    {
        var result = Evaluate(element, flow.Condition!.Text);
        if (!result.Succeeded)
        {
            RaiseIncident(element, result.IncidentType!, $"Condition of flow '{flow.Id}' on '{element.ElementId}' failed: {result.Error}", FailedOperation.Leave);
            return null;
        }

        if (result.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            RaiseIncident(element, IncidentTypes.ExpressionError, $"Condition of flow '{flow.Id}' on '{element.ElementId}' is not boolean (got {Describe(result.Value)}).", FailedOperation.Leave);
            return null;
        }

        return result.Value.ValueKind == JsonValueKind.True;
    }

    /// <summary>Evaluates an attribute for an element; on failure raises the incident naming element and attribute and returns null.</summary>
    private EvaluationResult? EvaluateAttribute(ElementInstance element, string attribute, string text, FailedOperation operation)
    {
        var result = Evaluate(element, text);
        if (result.Succeeded)
        {
            return result;
        }

        RaiseIncident(element, result.IncidentType!, $"Attribute '{attribute}' of '{element.ElementId}' failed: {result.Error}", operation);
        return null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.ValueKind.ToString(),
    };
}
