using CaseFlow.Grains.Contracts.Instances;
using Orleans.Core.Internal;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>The SLA ladder and the pause command through the instance grain, its wake-up reminder and a fake clock (DOMAIN.md §6.4, §6.5).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class SlaLadderGrainTests(InstanceClusterFixture fixture)
{
    private static readonly string[] SlaKinds =
    [
        InstanceHistoryKinds.SlaWarning, InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaReminder,
        InstanceHistoryKinds.SlaEscalated, InstanceHistoryKinds.SlaEscalatedToDirector, InstanceHistoryKinds.SlaEscalatedToCaseworker,
    ];

    private readonly InstanceTestKit _kit = new(fixture);

    private async Task<(IProcessInstanceGrain Grain, InstanceTaskView Task, DateTimeOffset Start)> StartAsync(
        string pause = "allowed", string groups = "caseworker", string warnSupervisor = "false")
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, SlaProcesses.Ladder(key, pause, groups, warnSupervisor));
        var start = InstanceClusterFixture.Clock.GetUtcNow();
        var (grain, view) = await _kit.StartAsync(key);
        return (grain, view.Tasks.Single(), start);
    }

    private static async Task<List<string>> SlaHistoryAsync(IProcessInstanceGrain grain) =>
        [.. (await grain.GetHistoryAsync()).Entries.Where(e => SlaKinds.Contains(e.Kind)).Select(e => e.Kind)];

    private static async Task AdvanceToAndWakeAsync(IProcessInstanceGrain grain, DateTimeOffset instant)
    {
        var clock = InstanceClusterFixture.Clock;
        if (instant > clock.GetUtcNow())
        {
            clock.Advance(instant - clock.GetUtcNow());
        }

        await InstanceTestKit.WakeAsync(grain);
    }

    private static TaskCommandContext As(string actor) => new(actor, InstanceTestKit.NewCommandId(), null);

    [Fact(DisplayName = "Warning, breach with escalation, reminders and the climb to the director each fire once, then the ladder stops")]
    public async Task Ladder_fires_each_rung_once()
    {
        var (grain, task, start) = await StartAsync();
        Assert.Equal(start.AddDays(4), task.SlaDueAt);
        Assert.Equal(start.AddDays(3), task.SlaWarnAt);

        Assert.Equal(10, task.SlaUrgency);
        await AdvanceToAndWakeAsync(grain, start.AddDays(3).AddMinutes(1));
        await InstanceTestKit.WakeAsync(grain);
        Assert.Equal([InstanceHistoryKinds.SlaWarning], await SlaHistoryAsync(grain));
        Assert.Equal(30, (await grain.GetAsync()).Instance!.Tasks.Single().SlaUrgency);

        await AdvanceToAndWakeAsync(grain, start.AddDays(4).AddMinutes(1));
        await InstanceTestKit.WakeAsync(grain);
        Assert.Equal([InstanceHistoryKinds.SlaWarning, InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaEscalated], await SlaHistoryAsync(grain));
        Assert.Equal(60, (await grain.GetAsync()).Instance!.Tasks.Single().SlaUrgency);

        for (var day = 5; day <= 10; day++)
        {
            await AdvanceToAndWakeAsync(grain, start.AddDays(day).AddMinutes(1));
            await InstanceTestKit.WakeAsync(grain);
        }

        Assert.Equal(
            [
                InstanceHistoryKinds.SlaWarning, InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaEscalated,
                InstanceHistoryKinds.SlaReminder, InstanceHistoryKinds.SlaReminder, InstanceHistoryKinds.SlaEscalatedToDirector,
                InstanceHistoryKinds.SlaReminder,
            ],
            await SlaHistoryAsync(grain));
        Assert.Equal(90, (await grain.GetAsync()).Instance!.Tasks.Single().SlaUrgency);
        var entries = (await grain.GetHistoryAsync()).Entries;
        var escalation = Assert.Single(entries, e => e.Kind == InstanceHistoryKinds.SlaEscalated);
        Assert.Equal((task.TaskId, "Visit", null), (escalation.TaskId, escalation.ElementId, escalation.Actor));
        Assert.Equal(["reminder 1 of 3", "reminder 2 of 3", "reminder 3 of 3"],
            entries.Where(e => e.Kind == InstanceHistoryKinds.SlaReminder).Select(e => e.Detail![..15]));

        // The ladder is done: no reminder is left for it (the engine's own due timer fired at the deadline).
        Assert.Empty(await _kit.RemindersOfAsync(grain));

        // The third reminder was the last: the task went on the director's overdue list then, once.
        var listed = Assert.Single(entries, e => e.Kind == InstanceHistoryKinds.SlaOverdueListed);
        Assert.Equal(entries.Last(e => e.Kind == InstanceHistoryKinds.SlaReminder).At, listed.At);
        Assert.Equal(listed.At, (await grain.GetAsync()).Instance!.Tasks.Single().SlaOverdueListedAt);
    }

    [Fact(DisplayName = "Unset escalateTo sends a village member's breach one level up, to the caseworker; warnSupervisor copies the warning")]
    public async Task Default_escalation_and_warning_copy()
    {
        var (grain, task, start) = await StartAsync(groups: "village_member", warnSupervisor: "true");
        Assert.Null(task.SlaOverdueListedAt);

        await AdvanceToAndWakeAsync(grain, start.AddDays(3).AddMinutes(1));
        Assert.Equal(
            [InstanceHistoryKinds.SlaWarning, InstanceHistoryKinds.SlaWarningCopied],
            (await grain.GetHistoryAsync()).Entries.Where(e => e.Kind.StartsWith("sla", StringComparison.Ordinal)).Select(e => e.Kind));

        await AdvanceToAndWakeAsync(grain, start.AddDays(4).AddMinutes(1));
        Assert.Equal(
            [InstanceHistoryKinds.SlaWarning, InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaEscalatedToCaseworker],
            await SlaHistoryAsync(grain));

        // Climbing every 2 reminders goes on from the caseworker to the supervisor.
        await AdvanceToAndWakeAsync(grain, start.AddDays(6).AddMinutes(1));
        Assert.Equal(InstanceHistoryKinds.SlaEscalated, (await SlaHistoryAsync(grain))[^1]);
        Assert.Null((await grain.GetAsync()).Instance!.Tasks.Single().SlaOverdueListedAt);
    }

    [Fact(DisplayName = "A silo restart that lost the reminder re-registers it from the stored clocks and sends nothing twice")]
    public async Task Restart_sends_nothing_twice()
    {
        var (grain, _, start) = await StartAsync();
        await AdvanceToAndWakeAsync(grain, start.AddDays(4).AddMinutes(1));
        var before = await SlaHistoryAsync(grain);
        Assert.Equal([InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaEscalated], before);

        var table = (Orleans.IReminderTable)fixture.SiloServices.GetService(typeof(Orleans.IReminderTable))!;
        foreach (var reminder in await _kit.RemindersOfAsync(grain))
        {
            Assert.True(await table.RemoveRow(grain.GetGrainId(), reminder.ReminderName, reminder.ETag!));
        }

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        // The next activation (any call) re-registers the wake-up for the first reminder rung.
        Assert.Equal(before, await SlaHistoryAsync(grain));
        Assert.Equal("wake", Assert.Single(await _kit.RemindersOfAsync(grain)).ReminderName);
        await InstanceTestKit.WakeAsync(grain);
        await InstanceTestKit.WakeAsync(grain);
        Assert.Equal(before, await SlaHistoryAsync(grain));

        await AdvanceToAndWakeAsync(grain, start.AddDays(5).AddMinutes(1));
        Assert.Equal([.. before, InstanceHistoryKinds.SlaReminder], await SlaHistoryAsync(grain));
    }

    [Fact(DisplayName = "A late wake-up after a long outage sends the breach and only the latest reminder, with the climb it passed")]
    public async Task Late_wake_up_collapses()
    {
        var (grain, _, start) = await StartAsync();

        await AdvanceToAndWakeAsync(grain, start.AddDays(6).AddHours(2));

        Assert.Equal(
            [InstanceHistoryKinds.SlaBreached, InstanceHistoryKinds.SlaEscalated, InstanceHistoryKinds.SlaReminder, InstanceHistoryKinds.SlaEscalatedToDirector],
            await SlaHistoryAsync(grain));
    }

    [Fact(DisplayName = "Pause stops the ladder and shows paused; resume moves due and warning by the days touched, with reasons in the history")]
    public async Task Pause_and_resume()
    {
        var (grain, task, start) = await StartAsync();
        await AdvanceToAndWakeAsync(grain, start.AddDays(1));

        var noReason = await grain.PauseTaskAsync(task.TaskId, " ", As("caseworker-1"));
        Assert.Equal((InstanceErrorCodes.ReasonRequired, "reason"), (noReason.Error!.Code, noReason.Error.Field));

        var pauseContext = As("caseworker-1");
        var paused = await grain.PauseTaskAsync(task.TaskId, "waiting for the applicant's hukou booklet", pauseContext);
        Assert.Null(paused.Error);
        Assert.True(paused.Instance!.Tasks.Single().SlaPaused);
        Assert.Null((await grain.PauseTaskAsync(task.TaskId, "again", pauseContext)).Error);
        Assert.Equal(InstanceErrorCodes.TaskAlreadyPaused, (await grain.PauseTaskAsync(task.TaskId, "again", As("caseworker-1"))).Error!.Code);

        // Past the original warning and deadline: nothing fires while paused.
        await AdvanceToAndWakeAsync(grain, start.AddDays(5));
        Assert.Empty(await SlaHistoryAsync(grain));

        var resumed = await grain.ResumeTaskAsync(task.TaskId, "booklet received", As("supervisor-1"));
        Assert.Null(resumed.Error);

        // A late retry of the first pause acts no more than the first time did.
        Assert.False((await grain.PauseTaskAsync(task.TaskId, "waiting", pauseContext)).Instance!.Tasks.Single().SlaPaused);
        var view = resumed.Instance!.Tasks.Single();
        Assert.False(view.SlaPaused);

        // Paused from day 1 to day 5 touches five calendar days.
        Assert.Equal((start.AddDays(9), start.AddDays(8)), (view.SlaDueAt, view.SlaWarnAt));
        Assert.Equal(InstanceErrorCodes.TaskNotPaused, (await grain.ResumeTaskAsync(task.TaskId, "again", As("supervisor-1"))).Error!.Code);

        var entries = (await grain.GetHistoryAsync()).Entries;
        var pausedEntry = Assert.Single(entries, e => e.Kind == InstanceHistoryKinds.TaskPaused);
        Assert.Equal(("caseworker-1", "waiting for the applicant's hukou booklet"), (pausedEntry.Actor, pausedEntry.Detail));
        var resumedEntry = Assert.Single(entries, e => e.Kind == InstanceHistoryKinds.TaskResumed);
        Assert.Equal(("supervisor-1", "booklet received (+5 days)"), (resumedEntry.Actor, resumedEntry.Detail));

        await AdvanceToAndWakeAsync(grain, start.AddDays(8).AddMinutes(1));
        Assert.Equal([InstanceHistoryKinds.SlaWarning], await SlaHistoryAsync(grain));
    }

    [Fact(DisplayName = "Pause is refused where the rule forbids it, on a task without a deadline, and with a stale revision")]
    public async Task Pause_refusals()
    {
        var (statutory, statutoryTask, _) = await StartAsync(pause: "none");
        Assert.Equal(InstanceErrorCodes.PauseNotAllowed, (await statutory.PauseTaskAsync(statutoryTask.TaskId, "hearing", As("caseworker-1"))).Error!.Code);

        var (grain, task, _) = await StartAsync();
        var stale = await grain.PauseTaskAsync(task.TaskId, "wait", new TaskCommandContext("caseworker-1", InstanceTestKit.NewCommandId(), task.Revision + 1));
        Assert.Equal(InstanceErrorCodes.TaskVersionMismatch, stale.Error!.Code);

        var completed = await grain.CompleteTaskAsync(task.TaskId, null, "caseworker-1", InstanceTestKit.NewCommandId());
        var check = completed.Instance!.Tasks.Single();
        Assert.Equal(InstanceErrorCodes.SlaNotRunning, (await grain.PauseTaskAsync(check.TaskId, "wait", As("caseworker-1"))).Error!.Code);
        Assert.Equal(InstanceErrorCodes.TaskNotActive, (await grain.ResumeTaskAsync(task.TaskId, "wait", As("caseworker-1"))).Error!.Code);
    }
}
