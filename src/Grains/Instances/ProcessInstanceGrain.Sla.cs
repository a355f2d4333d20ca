using System.Collections.Immutable;
using System.Globalization;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Instances;

/// <summary>The SLA ladder (warning, breach, reminders, escalation) and the pause command of <see cref="ProcessInstanceGrain"/>.</summary>
/// <remarks>
/// <para>
/// The ladder runs on the instance's one durable wake-up reminder, aligned to the earlier of the next engine timer
/// and the next rung of any running clock. A wake-up fires the rungs that are due and records them in the history
/// and the clocks (<see cref="TaskClock.Fired"/>) in one state write, so a rung fires once in effect: a second or
/// late delivery of the reminder, or a restart, finds the rung already fired and does nothing (DOMAIN.md §6.4).
/// </para>
/// <para>
/// The history entries are what people are notified from: the notification projection turns each one into inbox
/// rows at most once per recipient, so the ladder itself never talks to the notification store.
/// </para>
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    /// <summary>Longest pause or resume reason kept, in characters.</summary>
    public const int MaxPauseReasonLength = 500;

    Task<ProcessInstanceResult> IProcessInstanceGrain.PauseTaskAsync(string taskId, string reason, TaskCommandContext context) =>
        PauseOrResumeAsync(taskId, reason, context, pause: true);

    Task<ProcessInstanceResult> IProcessInstanceGrain.ResumeTaskAsync(string taskId, string reason, TaskCommandContext context) =>
        PauseOrResumeAsync(taskId, reason, context, pause: false);

    /// <summary>The earliest rung of any running clock that has not fired yet.</summary>
    private async Task<DateTimeOffset?> NextSlaStepAsync()
    {
        if (Instance is not { Status: InstanceStatus.Active } current || state.State.TaskClocks.IsEmpty)
        {
            return null;
        }

        var (model, _) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        DateTimeOffset? earliest = null;
        foreach (var clock in state.State.TaskClocks)
        {
            if (clock.PausedAt is not null)
            {
                continue;
            }

            var rule = LadderRule(model, current, clock.TaskId);
            if (SlaLadder.InstantOf(clock.Fired + 1, clock.WarnAt, clock.DueAt, clock.Unit, rule, SlaCalendar) is { } at && (earliest is null || at < earliest))
            {
                earliest = at;
            }
        }

        return earliest;
    }

    /// <summary>Fires the rungs due now and records them with the clocks in one write.</summary>
    private async Task FireSlaStepsAsync()
    {
        if (Instance is not { Status: InstanceStatus.Active } current || state.State.TaskClocks.IsEmpty)
        {
            return;
        }

        var (model, _) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        var now = time.GetUtcNow();
        var stored = state.State;
        var history = stored.History.ToBuilder();
        var clocks = ImmutableList.CreateBuilder<TaskClock>();
        var fired = new List<(string TaskId, SlaStep Step)>();
        foreach (var clock in stored.TaskClocks)
        {
            var task = current.Tasks.Find(t => string.Equals(t.TaskId, clock.TaskId, StringComparison.Ordinal));
            if (task is null || clock.PausedAt is not null)
            {
                clocks.Add(clock);
                continue;
            }

            var rule = LadderRule(model, current, clock.TaskId);
            var steps = SlaLadder.Due(clock.Fired, now, clock.WarnAt, clock.DueAt, clock.Unit, rule, SlaCalendar);
            foreach (var step in steps)
            {
                AddSlaHistory(history, now, task, clock, step, rule, stored.JurisdictionCode);
                fired.Add((task.TaskId, step));
            }

            clocks.Add(steps.Count == 0 ? clock : clock with
            {
                Fired = steps[^1].Number,
                OverdueListedAt = clock.OverdueListedAt ?? (steps[^1].Kind != SlaStepKind.Warning && SlaLadder.IsLast(steps[^1].Number, rule) ? now : null),
            });
        }

        if (fired.Count == 0)
        {
            return;
        }

        await WriteAsync(stored, history.ToImmutable(), clocks.ToImmutable()).ConfigureAwait(true);
        foreach (var (taskId, step) in fired)
        {
            SlaLog.StepFired(logger, InstanceId, taskId, step.Number, step.Kind.ToString());
        }
    }

    private async Task<ProcessInstanceResult> PauseOrResumeAsync(string taskId, string reason, TaskCommandContext context, bool pause)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = pause ? "pauseTask" : "resumeTask";
        if (Instance is not { } current)
        {
            return ProcessInstanceResult.Fail(NotFound());
        }

        var stored = state.State;
        if (stored.TaskClocks.Any(c => c.CommandIds?.Contains(context.CommandId, StringComparer.Ordinal) == true))
        {
            // A retried command: it acted the first time.
            return ProcessInstanceResult.Ok(InstanceViews.From(stored));
        }

        if (current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is not { } task)
        {
            return Refuse(command, InstanceErrorCodes.TaskNotActive, $"Task '{taskId}' is not active.");
        }

        if (context.ExpectedRevision is { } expected && task.Revision != expected)
        {
            return Refuse(command, InstanceErrorCodes.TaskVersionMismatch, "The task changed since you read it; read it again.");
        }

        var trimmed = reason?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxPauseReasonLength)
        {
            return Refuse(command, DomainError.Simple(InstanceErrorCodes.ReasonRequired, $"A reason of 1 to {MaxPauseReasonLength} characters is required.", "reason"));
        }

        if (stored.TaskClocks.Find(c => string.Equals(c.TaskId, taskId, StringComparison.Ordinal)) is not { } clock)
        {
            return Refuse(command, InstanceErrorCodes.SlaNotRunning, "The task has no deadline, so there is no clock to pause or resume.");
        }

        var (model, _) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        var now = time.GetUtcNow();
        TaskClock next;
        string detail;
        if (pause)
        {
            if (!LadderRule(model, current, taskId).PauseAllowed)
            {
                return Refuse(command, InstanceErrorCodes.PauseNotAllowed, "This task's deadline may not be paused.");
            }

            if (clock.PausedAt is not null)
            {
                return Refuse(command, InstanceErrorCodes.TaskAlreadyPaused, "The task's clock is already paused.");
            }

            next = clock with { PausedAt = now, CommandIds = Remember(clock.CommandIds, context.CommandId) };
            detail = trimmed;
        }
        else
        {
            if (clock.PausedAt is not { } pausedAt)
            {
                return Refuse(command, InstanceErrorCodes.TaskNotPaused, "The task's clock is not paused.");
            }

            var units = SlaLadder.PausedUnits(pausedAt, now, clock.Unit, SlaCalendar);
            next = clock with
            {
                DueAt = SlaLadder.Shift(clock.DueAt, units, clock.Unit, SlaCalendar),
                WarnAt = SlaLadder.Shift(clock.WarnAt, units, clock.Unit, SlaCalendar),
                PausedAt = null,
                PausedUnits = clock.PausedUnits + units,
                CommandIds = Remember(clock.CommandIds, context.CommandId),
            };
            detail = string.Create(CultureInfo.InvariantCulture, $"{trimmed} (+{units} {UnitWord(clock.Unit)})");
        }

        var kind = pause ? InstanceHistoryKinds.TaskPaused : InstanceHistoryKinds.TaskResumed;
        var history = stored.History.Add(new InstanceHistoryEntry(stored.History.Count + 1, now, kind, task.ElementId, taskId, context.Actor, detail));
        await WriteAsync(stored, history, stored.TaskClocks.Replace(clock, next)).ConfigureAwait(true);
        if (pause)
        {
            SlaLog.Paused(logger, InstanceId, taskId, context.Actor);
        }
        else
        {
            SlaLog.Resumed(logger, InstanceId, taskId, context.Actor, next.PausedUnits - clock.PausedUnits);
        }

        await AlignWakeUpAsync().ConfigureAwait(true);
        return ProcessInstanceResult.Ok(InstanceViews.From(state.State));
    }

    /// <summary>Writes the stored record with new history and clocks; the engine state is unchanged.</summary>
    private async Task WriteAsync(ProcessInstanceState stored, ImmutableList<InstanceHistoryEntry> history, ImmutableList<TaskClock> clocks)
    {
        var next = stored.Copy();
        next.History = history;
        next.TaskClocks = clocks;
        await WriteStateAsync(next).ConfigureAwait(true);
    }

    private static void AddSlaHistory(
        ImmutableList<InstanceHistoryEntry>.Builder history, DateTimeOffset now, UserTaskInstance task, TaskClock clock, SlaStep step,
        SlaLadderRule rule, string? jurisdictionCode)
    {
        void Add(string kind, string detail) =>
            history.Add(new InstanceHistoryEntry(history.Count + 1, now, kind, task.ElementId, task.TaskId, null, detail));

        var due = clock.DueAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var where = jurisdictionCode ?? "the county";
        switch (step.Kind)
        {
            case SlaStepKind.Warning:
                Add(InstanceHistoryKinds.SlaWarning, $"at risk; due {due}");
                break;
            case SlaStepKind.Breach:
                Add(InstanceHistoryKinds.SlaBreached, $"deadline {due} passed");
                break;
            default:
                Add(InstanceHistoryKinds.SlaReminder, string.Create(CultureInfo.InvariantCulture, $"reminder {step.Number - 2} of {rule.RepeatMax}; deadline {due}"));
                break;
        }

        var when = step.Kind == SlaStepKind.Breach ? "at the breach" : string.Create(CultureInfo.InvariantCulture, $"after reminder {step.Number - 2}");
        switch (step.Escalate)
        {
            case not EscalationLevel.None when step.Kind == SlaStepKind.Warning:
                Add(InstanceHistoryKinds.SlaWarningCopied, $"to the nearest supervisors of {where}");
                break;
            case EscalationLevel.Caseworker:
                Add(InstanceHistoryKinds.SlaEscalatedToCaseworker, $"to the nearest caseworkers of {where} {when}");
                break;
            case EscalationLevel.Supervisor:
                Add(InstanceHistoryKinds.SlaEscalated, $"to the nearest supervisors of {where} {when}");
                break;
            case EscalationLevel.Director:
                Add(InstanceHistoryKinds.SlaEscalatedToDirector, $"to the director of {where} {when}");
                break;
            default:
                break;
        }

        if (step.Kind != SlaStepKind.Warning && SlaLadder.IsLast(step.Number, rule))
        {
            Add(InstanceHistoryKinds.SlaOverdueListed, $"reminders stop; on the overdue list of the director of {where}");
        }
    }

    private static SlaLadderRule LadderRule(ProcessModel? model, InstanceState current, string taskId) =>
        model is not null
        && current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is { } task
        && model.FindNode(task.ElementId) is { } node
            ? SlaLadderRule.Of(node, SlaEscalationDefault.For(task.CandidateGroups))
            : SlaLadderRule.Default;

    // Enough to recognise any retry a caller could still be making; older ids are dropped so the state stays small.
    private static ImmutableList<string> Remember(ImmutableList<string>? ids, string commandId)
    {
        var list = (ids ?? []).Add(commandId);
        return list.Count > 20 ? list.RemoveRange(0, list.Count - 20) : list;
    }

    private static string UnitWord(SlaUnit unit) => unit == SlaUnit.WorkingDays ? "working days" : "days";
}
