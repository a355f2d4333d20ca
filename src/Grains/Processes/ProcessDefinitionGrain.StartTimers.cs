using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Timers;

namespace CaseFlow.Grains.Processes;

/// <summary>Timer start events (R37, R82): scheduled for the latest published version only, each firing starting one instance.</summary>
/// <remarks>
/// <para>
/// The schedule lives in the definition's state and moves in the same write that publishes or retires, so a firing
/// never starts an instance of two versions or of a retired one. One reminder is aligned to the earliest firing.
/// </para>
/// <para>
/// Exactly once: each firing starts an instance under an id made of the version, the event and the firing's number,
/// with that id as the command id, and only then advances the schedule. A crash in between fires the same number
/// again, and the instance grain answers the repeated start with the instance it already started.
/// </para>
/// </remarks>
internal sealed partial class ProcessDefinitionGrain : IRemindable
{
    private const string StartTimersReminder = "start-timers";
    private const string TimerActor = "timer";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);

        // A reminder left behind by an emptied schedule removes itself on its next tick; only a live one needs aligning.
        if (state.State.StartTimers.Count > 0)
        {
            await AlignStartTimersReminderAsync().ConfigureAwait(true);
        }
    }

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!string.Equals(reminderName, StartTimersReminder, StringComparison.Ordinal))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var timer in state.State.StartTimers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).ToList())
        {
            if (!await FireAsync(timer, now).ConfigureAwait(true))
            {
                break;
            }
        }

        await AlignStartTimersReminderAsync().ConfigureAwait(true);
    }

    /// <summary>Starts the firing's instance, then advances the schedule; false when the start was refused.</summary>
    private async Task<bool> FireAsync(StartTimerRecord timer, DateTimeOffset now)
    {
        var instanceId = $"Istart-{Key}-v{timer.Version}-{timer.ElementId}-{timer.Fired + 1}";
        ProcessInstanceResult started;

        // The instance reads this version's XML from this grain while this grain waits for it.
        using (RequestContext.AllowCallChainReentrancy())
        {
            started = await GrainFactory.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(new StartProcessInstance(
                Key, timer.Version, null, null, null, null, TimerActor, instanceId, null, timer.ElementId)).ConfigureAwait(true);
        }

        if (started.Error is { } error)
        {
            ProcessesLog.StartTimerRefused(logger, Key, timer.Version, timer.ElementId, error.Code);
            return false;
        }

        var next = Advance(timer, now);
        await WriteAsync(Next(
            s =>
            {
                var index = s.StartTimers.IndexOf(timer);
                if (next is null)
                {
                    s.StartTimers.RemoveAt(index);
                }
                else
                {
                    s.StartTimers[index] = next;
                }
            },
            now, TimerActor, ProcessHistoryKinds.StartTimerFired, timer.Version)).ConfigureAwait(true);
        ProcessesLog.StartTimerFired(logger, Key, timer.Version, timer.ElementId, now - timer.DueAt, instanceId);
        return true;
    }

    /// <summary>The schedule after one firing: a cycle moves on without drift (R35), a date or duration is done.</summary>
    private StartTimerRecord? Advance(StartTimerRecord timer, DateTimeOffset now)
    {
        if (timer.CycleInterval is not { } text || !IsoTimerParser.TryParseDuration(text, out var interval))
        {
            return null;
        }

        var step = CycleStep.After(timer.DueAt, interval, timer.CycleRemaining, now, engineOptions.TimeZone);
        return step.Next is { } dueAt
            ? timer with { DueAt = dueAt, CycleRemaining = step.Remaining, Fired = timer.Fired + 1 }
            : null;
    }

    /// <summary>The planned start timers of <paramref name="version"/>, as of <paramref name="now"/>, or why they cannot be planned.</summary>
    private (List<StartTimerRecord> Timers, ImmutableArray<StartTimerProblem> Problems) PlanStartTimers(ProcessModel model, int version, DateTimeOffset now)
    {
        var (plans, problems) = StartTimerPlanner.Plan(model, now, engineOptions);
        return ([.. plans.Select(p => new StartTimerRecord(version, p.ElementId, p.DueAt, p.CycleInterval, p.CycleRemaining, 0))], problems);
    }

    /// <summary>After a retirement the latest published version may change; its timers are planned from now.</summary>
    private List<StartTimerRecord> ReplanAfterRetirement(ProcessDefinitionState next, DateTimeOffset now)
    {
        if (next.Versions.LastOrDefault(v => v.Status == ProcessVersionStatus.Published) is not { } latest)
        {
            next.StartTimersVersion = null;
            return [];
        }

        if (next.StartTimersVersion == latest.Version)
        {
            return next.StartTimers;
        }

        next.StartTimersVersion = latest.Version;
        var model = BpmnParser.Parse(latest.Xml, ProcessParsing.Options).Definitions?.ExecutableProcesses
            .FirstOrDefault(p => string.Equals(p.Key, Key, StringComparison.Ordinal));
        if (model is null)
        {
            return [];
        }

        var (timers, problems) = PlanStartTimers(model, latest.Version, now);
        foreach (var problem in problems)
        {
            ProcessesLog.StartTimerUnplanned(logger, Key, latest.Version, problem.ElementId);
        }

        return timers;
    }

    /// <summary>Aligns the reminder after a publish or retirement that had or has start timers; others need no reminder service.</summary>
    private Task AlignAfterChangeAsync(bool hadStartTimers) =>
        hadStartTimers || state.State.StartTimers.Count > 0 ? AlignStartTimersReminderAsync() : Task.CompletedTask;

    /// <summary>Registers, moves or removes the one reminder so that it matches the earliest start timer.</summary>
    private async Task AlignStartTimersReminderAsync()
    {
        var earliest = state.State.StartTimers.Count == 0 ? (DateTimeOffset?)null : state.State.StartTimers.Min(t => t.DueAt);
        if (earliest is { } at)
        {
            var dueTime = at - time.GetUtcNow();
            await this.RegisterOrUpdateReminder(StartTimersReminder, dueTime > TimeSpan.Zero ? dueTime : TimeSpan.Zero, reminderOptions.Value.MinimumReminderPeriod).ConfigureAwait(true);
        }
        else if (await this.GetReminder(StartTimersReminder).ConfigureAwait(true) is { } reminder)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }
    }
}
