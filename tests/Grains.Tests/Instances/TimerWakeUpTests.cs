using CaseFlow.Grains.Contracts.Instances;
using Orleans.Core.Internal;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Durable timers through the grain's reminder path with the silo clock moved by the test (R34).</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class TimerWakeUpTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private async Task<(IProcessInstanceGrain Grain, ProcessInstanceView View)> StartWithBoundaryTimerAsync()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.BoundaryTimer(key));
        return await _kit.StartAsync(key);
    }

    [Fact(DisplayName = "Start registers one wake-up reminder for the boundary timer's due instant")]
    public async Task Start_registers_the_wake_up()
    {
        var now = InstanceClusterFixture.Clock.GetUtcNow();

        var (grain, view) = await StartWithBoundaryTimerAsync();

        Assert.Equal(now.AddHours(1), view.NextTimerAt);
        var reminder = Assert.Single(await _kit.RemindersOfAsync(grain));
        Assert.Equal("wake", reminder.ReminderName);
        Assert.Equal(TimeSpan.FromSeconds(5), reminder.Period);
    }

    [Fact(DisplayName = "R34a: the same wake-up delivered twice (and once more) fires the boundary once")]
    public async Task R34a_duplicate_wake_up_fires_once()
    {
        var (grain, _) = await StartWithBoundaryTimerAsync();
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(3));

        await Task.WhenAll(InstanceTestKit.WakeAsync(grain), InstanceTestKit.WakeAsync(grain));
        await InstanceTestKit.WakeAsync(grain);

        var view = (await grain.GetAsync()).Instance!;
        Assert.Equal(["Escalate"], view.Tasks.Select(t => t.ElementId));
        Assert.Equal(["Escalate"], view.ActiveElementIds.ToArray());
        Assert.Null(view.NextTimerAt);
        Assert.Empty(await _kit.RemindersOfAsync(grain));
    }

    [Fact(DisplayName = "A wake-up before the due instant does nothing (never early)")]
    public async Task Early_wake_up_is_a_no_op()
    {
        var (grain, started) = await StartWithBoundaryTimerAsync();
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(59));

        await InstanceTestKit.WakeAsync(grain);

        var view = (await grain.GetAsync()).Instance!;
        Assert.Equal(["Task_1"], view.Tasks.Select(t => t.ElementId));
        Assert.Equal(started.NextTimerAt, view.NextTimerAt);
        Assert.Single(await _kit.RemindersOfAsync(grain));
    }

    [Fact(DisplayName = "R34c: a boundary timer's wake-up after its task completed is a no-op, and the reminder is gone")]
    public async Task R34c_wake_up_after_task_completed()
    {
        var (grain, started) = await StartWithBoundaryTimerAsync();

        var completed = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal("completed", completed.Instance!.Status);
        Assert.Empty(await _kit.RemindersOfAsync(grain));

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(2));
        await InstanceTestKit.WakeAsync(grain);

        var view = (await grain.GetAsync()).Instance!;
        Assert.Equal("completed", view.Status);
        Assert.Empty(view.Tasks);
        Assert.Empty(view.ActiveElementIds);
    }

    [Fact(DisplayName = "R34b: after deactivation the wake-up is re-registered on activation and the overdue timer fires once, late")]
    public async Task R34b_state_and_wake_up_survive_deactivation()
    {
        var (grain, started) = await StartWithBoundaryTimerAsync();

        // Lose the reminder as a crashed node would, then drop the activation: only the stored state remains.
        var reminder = Assert.Single(await _kit.RemindersOfAsync(grain));
        await RemoveReminderAsync(grain, reminder);
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(3));

        var reread = (await grain.GetAsync()).Instance!;
        Assert.Equal(started.Tasks[0].TaskId, reread.Tasks[0].TaskId);
        Assert.Equal("wake", Assert.Single(await _kit.RemindersOfAsync(grain)).ReminderName);

        await InstanceTestKit.WakeAsync(grain);
        await InstanceTestKit.WakeAsync(grain);

        var view = (await grain.GetAsync()).Instance!;
        Assert.Equal(["Escalate"], view.Tasks.Select(t => t.ElementId));
        Assert.Empty(await _kit.RemindersOfAsync(grain));
    }

    private async Task RemoveReminderAsync(IProcessInstanceGrain grain, Orleans.ReminderEntry entry)
    {
        var table = (Orleans.IReminderTable)fixture.SiloServices.GetService(typeof(Orleans.IReminderTable))!;
        Assert.True(await table.RemoveRow(grain.GetGrainId(), entry.ReminderName, entry.ETag!));
        Assert.Empty(await _kit.RemindersOfAsync(grain));
    }
}
