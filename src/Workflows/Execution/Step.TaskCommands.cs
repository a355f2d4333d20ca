using System.Globalization;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;

namespace CaseFlow.Workflows.Execution;

internal sealed partial class Step
{
    /// <summary>R59 claim: only an unassigned task, or one the actor already holds (then nothing changes).</summary>
    private EngineRejection? Claim(ClaimTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        if (task.Assignee is { } holder)
        {
            return string.Equals(holder, command.Actor, StringComparison.Ordinal)
                ? null
                : new(RejectionCodes.TaskAlreadyClaimed, $"Task '{command.TaskId}' is already assigned; unclaim it first.");
        }

        return UpdateTask(task with { Assignee = command.Actor }, TaskChanges.Claimed, command.Actor, command.Actor);
    }

    private EngineRejection? Unclaim(UnclaimTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        // A pending delegation has no one to return to once the delegate's name is gone, so it ends with the unclaim.
        return task.Assignee is null
            ? null
            : UpdateTask(task with { Assignee = null, Owner = null, Delegation = null }, TaskChanges.Unclaimed, command.Actor, null);
    }

    private EngineRejection? Assign(AssignTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        if (UserIdProblem(command.Assignee) is { } problem)
        {
            return problem;
        }

        var assignee = command.Assignee.Trim();
        return UpdateTask(task with { Assignee = assignee }, TaskChanges.Assigned, command.Actor, assignee);
    }

    private EngineRejection? Delegate(DelegateTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        if (UserIdProblem(command.Assignee) is { } problem)
        {
            return problem;
        }

        // A delegate may delegate again; the owner stays the one who gets the task back (as C7).
        var owner = task.Delegation == DelegationState.Pending ? task.Owner : task.Assignee ?? command.Actor;
        var assignee = command.Assignee.Trim();
        return UpdateTask(
            task with { Assignee = assignee, Owner = owner, Delegation = DelegationState.Pending }, TaskChanges.Delegated, command.Actor, assignee);
    }

    private EngineRejection? Resolve(ResolveTask command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        return task.Delegation != DelegationState.Pending
            ? new(RejectionCodes.TaskNotDelegated, $"Task '{command.TaskId}' is not delegated, so there is nothing to resolve.")
            : UpdateTask(task with { Assignee = task.Owner, Delegation = DelegationState.Resolved }, TaskChanges.Resolved, command.Actor, task.Owner);
    }

    /// <summary>R61: the SLA timer follows the due date; the old one goes and a new one is scheduled for the new date.</summary>
    private EngineRejection? SetDueDate(SetTaskDueDate command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        var error = UpdateTask(task with { DueDate = command.DueDate }, TaskChanges.DueDateChanged, command.Actor, DateText(command.DueDate));
        MoveTaskTimer(task, TimerKind.TaskDue, command.DueDate);
        return error;
    }

    private EngineRejection? SetFollowUpDate(SetTaskFollowUpDate command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        var error = UpdateTask(task with { FollowUpDate = command.FollowUpDate }, TaskChanges.FollowUpDateChanged, command.Actor, DateText(command.FollowUpDate));
        MoveTaskTimer(task, TimerKind.TaskFollowUp, command.FollowUpDate);
        return error;
    }

    /// <summary>R61: the task's timer of this kind goes, and a new one is scheduled for the new date when there is one.</summary>
    private void MoveTaskTimer(UserTaskInstance task, TimerKind kind, DateTimeOffset? at)
    {
        foreach (var timer in _timers.Where(timer => timer.Kind == kind && string.Equals(timer.ReferenceId, task.TaskId, StringComparison.Ordinal)).ToList())
        {
            _timers.Remove(timer);
            Emit(new TimerCancelled(timer.TimerId, timer.ElementId));
        }

        if (at is { } due)
        {
            ScheduleTimer(kind, task.ElementInstanceId, task.ElementId, new PlannedTimer(due, null, null), task.TaskId);
        }
    }

    private EngineRejection? SetPriority(SetTaskPriority command)
    {
        if (OpenTask(command.TaskId, out var task) is { } rejection)
        {
            return rejection;
        }

        return command.Priority is < 0 or > 100
            ? new(RejectionCodes.TaskCommandInvalid, "The priority is an integer from 0 to 100.")
            : UpdateTask(task with { Priority = command.Priority }, TaskChanges.PriorityChanged, command.Actor, command.Priority.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>R6: a command on a task that is no longer open changes nothing.</summary>
    private EngineRejection? OpenTask(string taskId, out UserTaskInstance task)
    {
        task = _tasks.Find(candidate => string.Equals(candidate.TaskId, taskId, StringComparison.Ordinal))!;
        return task is null || FindElement(task.ElementInstanceId) is not { State: ElementInstanceState.Waiting }
            ? new(RejectionCodes.TaskNotActive, $"Task '{taskId}' is not active.")
            : null;
    }

    private EngineRejection? UpdateTask(UserTaskInstance updated, string change, string actor, string? detail)
    {
        var index = _tasks.FindIndex(candidate => string.Equals(candidate.TaskId, updated.TaskId, StringComparison.Ordinal));
        var before = _tasks[index];
        updated = updated with { Revision = before.Revision + 1 };
        _tasks[index] = updated;
        Emit(new TaskUpdated(updated, change, actor, detail));
        RunChangeListeners(before, updated);
        return null;
    }

    private static EngineRejection? UserIdProblem(string? userId) =>
        string.IsNullOrWhiteSpace(userId) || userId.Trim().Length > 200
            ? new(RejectionCodes.TaskCommandInvalid, "The assignee is a user id of 1 to 200 characters.")
            : null;

    private static string? DateText(DateTimeOffset? date) => date?.ToString("O", CultureInfo.InvariantCulture);
}
