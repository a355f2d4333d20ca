using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>
    /// R74 return (退回): cancels the task's element instance and starts before the target in the same scope instance.
    /// </summary>
    /// <remarks>
    /// Deliberately narrower than a general modification (R73); the rule is <see cref="ReturnRule"/>, and anything it
    /// refuses is <c>ReturnNotAllowed</c>.
    /// </remarks>
    private EngineRejection? Return(ReturnTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new(RejectionCodes.ReasonRequired, "A reason is required to return a task to a previous step.");
        }

        var element = FindElement(task.ElementInstanceId)!;
        if (ReturnProblem(element, command.TargetElementId) is { } problem)
        {
            return new(RejectionCodes.ReturnNotAllowed, problem);
        }

        Emit(new TaskReturned(task.TaskId, task.ElementId, command.TargetElementId, command.Reason.Trim(), command.Actor));
        CancelTree([element]);
        Enter(_model.GetNode(command.TargetElementId), element.ScopeInstanceId);
        return null;
    }

    private string? ReturnProblem(ElementInstance element, string targetElementId)
    {
        if (element.LoopCounter is not null)
        {
            return $"'{element.ElementId}' is one of several instances of a multi-instance task; use instance modification instead.";
        }

        var node = _model.GetNode(element.ElementId);
        if (ReturnRule.Forbids(node))
        {
            return $"The model forbids returning from '{element.ElementId}'.";
        }

        if (!ReturnRule.ModelAllows(node, targetElementId))
        {
            return $"The model does not allow returning from '{element.ElementId}' to '{targetElementId}'.";
        }

        var scope = FindScope(element.ScopeInstanceId);
        if (scope is null || !scope.CompletedUserTasks.Contains(targetElementId, StringComparer.Ordinal))
        {
            return $"'{targetElementId}' is not a user task completed earlier in this scope.";
        }

        var arrivals = _arrivals.Select(a => new JoinArrival(a.Key.Scope, a.Key.Gateway, a.Key.Flow, a.Value));
        return ReturnRule.ScopeIsBusy(_elements, arrivals, element.ScopeInstanceId)
            ? "The scope holds more than one active token; use instance modification instead."
            : null;
    }

    /// <summary>Remembers that a user task completed in its scope instance, so a later return may target it (R74).</summary>
    private void RecordCompletedUserTask(ElementInstance element)
    {
        var index = _scopes.FindIndex(scope => string.Equals(scope.Id, element.ScopeInstanceId, StringComparison.Ordinal));
        if (index >= 0 && element.LoopCounter is null && _model.GetNode(element.ElementId) is UserTask && !_scopes[index].CompletedUserTasks.Contains(element.ElementId, StringComparer.Ordinal))
        {
            _scopes[index] = _scopes[index] with { CompletedUserTasks = _scopes[index].CompletedUserTasks.Add(element.ElementId) };
        }
    }
}
