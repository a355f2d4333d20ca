using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.Expressions;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Execution;

/// <summary>Task listeners (R58, R61): scripts run inside the step, registered handlers after it commits.</summary>
/// <remarks>
/// <para>
/// A script listener sees the task's variables as globals, the task itself as the read-only global <c>task</c> (id,
/// name, assignee, candidates, priority, due date, event name), and writes through <c>setVariable</c> as a script task
/// does; its writes apply only when it ends normally. A failing <c>complete</c> listener rejects the completion
/// (<c>ListenerRejected</c>) and, since a rejected step is discarded, the task stays open exactly as it was. Any other
/// failing listener is non-blocking: the step goes on and <see cref="ListenerFailed"/> records what happened.
/// </para>
/// <para>
/// A handler listener becomes <see cref="TaskListenerInvoked"/> with its fields evaluated now, so the handler sees the
/// values of the moment the event happened, and an idempotency key for its at-least-once delivery.
/// </para>
/// </remarks>
internal sealed partial class Step
{
    /// <summary>Runs the task's listeners for <paramref name="eventName"/> in model order; a rejection only for <c>complete</c>.</summary>
    private EngineRejection? RunTaskListeners(UserTaskInstance task, string eventName, string? listenerId = null)
    {
        if (_model.FindNode(task.ElementId) is not UserTask userTask)
        {
            return null;
        }

        foreach (var listener in userTask.TaskListeners)
        {
            if (!string.Equals(listener.Event, eventName, StringComparison.Ordinal)
                || (listenerId is not null && !string.Equals(listener.Id, listenerId, StringComparison.Ordinal))
                || FindElement(task.ElementInstanceId) is not { } element)
            {
                continue;
            }

            var failure = listener.HandlerName is { } handler
                ? InvokeHandlerListener(task, element, listener, handler)
                : RunScriptListener(task, element, listener, eventName);
            if (failure is null)
            {
                continue;
            }

            var message = $"The {eventName} listener{(listener.Id is null ? string.Empty : $" '{listener.Id}'")} of '{task.ElementId}' failed: {failure}";
            if (string.Equals(eventName, TaskListenerEvents.Complete, StringComparison.Ordinal))
            {
                return new EngineRejection(RejectionCodes.ListenerRejected, message);
            }

            Emit(new ListenerFailed(task.TaskId, task.ElementId, eventName, listener.Id, message));
        }

        return null;
    }

    /// <summary>After a task command: <c>update</c> listeners, then <c>assignment</c> ones when someone new holds the task.</summary>
    private void RunChangeListeners(UserTaskInstance before, UserTaskInstance after)
    {
        RunTaskListeners(after, TaskListenerEvents.Update);
        if (after.Assignee is not null && !string.Equals(before.Assignee, after.Assignee, StringComparison.Ordinal))
        {
            RunTaskListeners(after, TaskListenerEvents.Assignment);
        }
    }

    /// <summary>The failure, or null when the script ran and its writes applied.</summary>
    private string? RunScriptListener(UserTaskInstance task, ElementInstance element, TaskListener listener, string eventName)
    {
        // The task itself is readable as the global `task` (a snapshot; writes to it change nothing).
        var variables = VisibleVariables(element);
        variables["task"] = JsonSerializer.SerializeToElement(new
        {
            id = task.TaskId,
            name = task.Name,
            assignee = task.Assignee,
            candidateGroups = task.CandidateGroups,
            candidateUsers = task.CandidateUsers,
            priority = task.Priority,
            dueDate = task.DueDate,
            eventName,
        });
        var outcome = _evaluator.RunScript(
            listener.Script?.Text ?? string.Empty,
            new ExpressionScope(variables, InstanceId, _businessKey, element.ElementId),
            _now);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        if (outcome.ErrorCode is not null)
        {
            return "a task listener cannot throw a BPMN error; raise it from the task instead";
        }

        if (WritesProblem(outcome.Writes) is { } problem)
        {
            return $"it wrote a variable that cannot be stored: {problem}";
        }

        ApplyWrites(element.Id, outcome.Writes);
        return null;
    }

    /// <summary>The failure of evaluating a field, or null after emitting the invocation.</summary>
    private string? InvokeHandlerListener(UserTaskInstance task, ElementInstance element, TaskListener listener, string handler)
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var field in listener.Fields)
        {
            if (!field.IsExpression)
            {
                fields[field.Name] = field.Value;
                continue;
            }

            var result = Evaluate(element, field.Value ?? string.Empty);
            if (!result.Succeeded)
            {
                return $"field '{field.Name}': {result.Error}";
            }

            fields[field.Name] = result.AsText();
        }

        Emit(new TaskListenerInvoked(task.TaskId, task.ElementId, listener.Event, listener.Id, handler, fields.ToImmutable(), NextId("ls"), task.Assignee));
        return null;
    }

    /// <summary>R61: plans every timeout listener's timer before the task exists, so a bad timer parks the token cleanly.</summary>
    private List<(TaskListener Listener, PlannedTimer Timer)>? PlanTimeoutListeners(ElementInstance element, UserTask userTask)
    {
        var planned = new List<(TaskListener, PlannedTimer)>();
        foreach (var listener in userTask.TaskListeners.Where(listener => string.Equals(listener.Event, TaskListenerEvents.Timeout, StringComparison.Ordinal)))
        {
            if (PlanTimer(element, $"{userTask.Id} timeout listener {listener.Id}", listener.Timeout) is not { } timer)
            {
                return null;
            }

            planned.Add((listener, timer));
        }

        return planned;
    }

    /// <summary>R61: a timeout listener's timer fired: the listener runs; the task is not interrupted.</summary>
    private void FireTimeoutListener(TimerInstance timer)
    {
        if (_tasks.Find(task => string.Equals(task.TaskId, timer.ReferenceId, StringComparison.Ordinal)) is { } task)
        {
            RunTaskListeners(task, TaskListenerEvents.Timeout, timer.ListenerId);
        }
    }
}
