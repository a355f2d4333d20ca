using System.Globalization;
using CaseFlow.Workflows.Execution.Commands;

namespace CaseFlow.Grains.Instances;

/// <summary>The durable wake-up of <see cref="ProcessInstanceGrain"/>: one reminder aligned to the earliest timer or SLA rung (R34).</summary>
/// <remarks>
/// Reminders are at least once and may come late, early (clock skew) or twice. None of that matters: a wake-up only
/// sends <c>TimerDue</c> for timers that the stored state says are due at <c>now</c>, and the engine removes a timer
/// in the step that fires it, so a second delivery finds nothing to do. The reminder's period is the configured
/// minimum; it is the retry when a wake-up arrives before the timer is due or a step fails.
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    private const string WakeReminder = "wake";

    // The reminder service schedules a first tick that is already past when its timer starts at the next period,
    // not at once: an overdue timer (after a restart) registered with a zero due time would wait a whole period
    // (a minute in production). A short floor keeps the first tick in the future, so overdue timers fire in about
    // a second; a timer never fires early (R33), only this much late at most.
    private static readonly TimeSpan WakeUpFloor = TimeSpan.FromSeconds(1);

    // What the reminder was last aligned to in this activation; unknown after activation or a failed registration.
    private bool _wakeKnown;
    private DateTimeOffset? _wakeAt;

    async Task IRemindable.ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!string.Equals(reminderName, WakeReminder, StringComparison.Ordinal) || Instance is not { } current)
        {
            return;
        }

        RetryCallWork();
        RetryListenerWork();
        var now = time.GetUtcNow();
        var due = current.Timers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Select(t => (t.TimerId, t.DueAt)).ToList();
        if (due.Count > 0)
        {
            var (model, error) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
            if (model is null)
            {
                InstancesLog.FollowUpRejected(logger, InstanceId, nameof(TimerDue), error!.Code);
                return;
            }

            foreach (var (timerId, dueAt) in due)
            {
                // An earlier firing in this loop may have cancelled or moved it (an interrupting boundary ends its host).
                if (Instance is not { } latest || !latest.Timers.Any(t => string.Equals(t.TimerId, timerId, StringComparison.Ordinal) && t.DueAt == dueAt))
                {
                    continue;
                }

                // The id names the timer and its scheduled instant: a cycle's next occurrence is a new command, while
                // the same occurrence woken twice replays instead of firing again (R5, R34).
                var commandId = $"wake:{timerId}:{dueAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
                var result = await StepAsync(model, latest, state.State, new TimerDue(commandId, timerId)).ConfigureAwait(true);
                if (result.Error is { } refused)
                {
                    InstancesLog.FollowUpRejected(logger, InstanceId, nameof(TimerDue), refused.Code);
                }
            }
        }

        await FireSlaStepsAsync().ConfigureAwait(true);
        await AlignWakeUpAsync().ConfigureAwait(true);
        ScheduleFollowUps();
    }

    /// <summary>Registers, moves or removes the one reminder so that it matches the earliest pending timer or SLA rung.</summary>
    private async Task AlignWakeUpAsync()
    {
        var timerAt = Instance?.NextTimer()?.DueAt;
        var slaAt = await NextSlaStepAsync().ConfigureAwait(true);
        var dueAt = timerAt is { } t && slaAt is { } s ? (t < s ? t : s) : timerAt ?? slaAt;
        if (CallWorkPending || ListenerWorkPending)
        {
            // Call and listener work that a crash, a failure or an unreachable node interrupted is retried by the
            // wake-up (keeping an earlier one).
            var retryBy = time.GetUtcNow() + CallRetry;
            dueAt = dueAt is { } earlier && earlier <= retryBy ? earlier
                : _wakeKnown && _wakeAt is { } aligned && aligned <= retryBy ? aligned
                : retryBy;
        }
        if (_wakeKnown && dueAt == _wakeAt)
        {
            return;
        }

        try
        {
            if (dueAt is { } at)
            {
                var dueTime = at - time.GetUtcNow();
                await this.RegisterOrUpdateReminder(
                    WakeReminder,
                    dueTime > WakeUpFloor ? dueTime : WakeUpFloor,
                    reminderOptions.Value.MinimumReminderPeriod).ConfigureAwait(true);
            }
            else if (await this.GetReminder(WakeReminder).ConfigureAwait(true) is { } reminder)
            {
                await this.UnregisterReminder(reminder).ConfigureAwait(true);
            }

            (_wakeKnown, _wakeAt) = (true, dueAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The step is committed; a missing wake-up is repaired by the next step, tick or activation (R34).
            _wakeKnown = false;
            InstancesLog.WakeUpFailed(logger, ex, InstanceId);
        }
    }
}
