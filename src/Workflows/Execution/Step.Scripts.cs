using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R64: runs the script inside the step; writes apply only when it ends normally, then the task completes.</summary>
    /// <remarks>
    /// A script never waits, so its boundary timers are never scheduled. Failures park the token with nothing written:
    /// <c>ScriptError</c> (any exception or a statement, memory or recursion limit; the same input fails the same way, so
    /// only an operator retries) or <c>ScriptTimeout</c> (the wall-clock safety net). <c>bpmnError</c> throws per R41
    /// from the script task's own boundaries outwards; uncaught it is an <c>UnhandledError</c> incident (R42).
    /// </remarks>
    private void RunScriptTask(ElementInstance element, ScriptTask scriptTask)
    {
        var outcome = _evaluator.RunScript(
            scriptTask.Script?.Text ?? string.Empty,
            new ExpressionScope(VisibleVariables(element), InstanceId, _businessKey, element.ElementId),
            _now);
        if (outcome.Failure is not null)
        {
            RaiseIncident(element, outcome.IncidentType!, $"The script of '{element.ElementId}' failed: {outcome.Failure}", FailedOperation.Activate);
            return;
        }

        if (outcome.ErrorCode is { } code)
        {
            if (!ThrowError(element, includeSelf: true, code, outcome.ErrorMessage))
            {
                RaiseUnhandledError(element, code, outcome.ErrorMessage, FailedOperation.Activate);
            }

            return;
        }

        var writes = outcome.Writes;
        if (scriptTask.ResultVariable is { Length: > 0 } resultVariable)
        {
            writes = writes.Add(new ScriptWrite(resultVariable, outcome.Result, Local: false));
        }

        if (WritesProblem(writes) is { } problem)
        {
            RaiseIncident(element, IncidentTypes.VariableLimitExceeded, $"The script of '{element.ElementId}' wrote a variable that cannot be stored: {problem}", FailedOperation.Activate);
            return;
        }

        ApplyWrites(element.Id, writes);
        CompleteActivity(FindElement(element.Id)!);
    }

    /// <summary>Why one of a script's writes cannot be stored (R69), or null; checked before any write applies.</summary>
    private static string? WritesProblem(IEnumerable<ScriptWrite> writes) =>
        writes
            .Select(write => VariableRules.Problem(new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal) { [write.Name] = write.Value }))
            .FirstOrDefault(problem => problem is not null);

    /// <summary>Applies a script's writes in order: <c>setVariableLocal</c> to the element, <c>setVariable</c> per R67.</summary>
    private void ApplyWrites(string elementInstanceId, IEnumerable<ScriptWrite> writes)
    {
        foreach (var write in writes)
        {
            if (write.Local)
            {
                var current = FindElement(elementInstanceId)!;
                Replace(current with { Variables = current.Variables.SetItem(write.Name, write.Value.Clone()) });
            }
            else
            {
                WriteVariable(elementInstanceId, write.Name, write.Value.Clone());
            }
        }
    }
}
