using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Task listeners through the instance grain (R58, R61): handlers after the step, timeouts on the wake-up.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class TaskListenerGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private async Task<(IProcessInstanceGrain Grain, ProcessInstanceView View)> StartAsync(string mode)
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.WithListeners(key));
        return await _kit.StartAsync(key, $$"""{"owner":"wang","mode":"{{mode}}"}""");
    }

    private static async Task<IReadOnlyList<InstanceHistoryEntry>> HistoryUntilAsync(IProcessInstanceGrain grain, Func<IReadOnlyList<InstanceHistoryEntry>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var history = (await grain.GetHistoryAsync()).Entries;
            if (condition(history) || DateTime.UtcNow > deadline)
            {
                return history;
            }

            await Task.Delay(25);
        }
    }

    [Fact(DisplayName = "R58: an assignment handler listener runs once after the step and records its reminder once")]
    public async Task Assignment_listener_runs_after_the_step()
    {
        var (grain, started) = await StartAsync("ok");

        var history = await HistoryUntilAsync(grain, h => h.Any(e => e.Kind == InstanceHistoryKinds.ListenerReminder));

        var reminder = Assert.Single(history, e => e.Kind == InstanceHistoryKinds.ListenerReminder);
        Assert.Equal(started.Tasks[0].TaskId, reminder.TaskId);
        var call = Assert.Single(ScriptedRemindHandler.Calls[grain.GetPrimaryKeyString()]);
        Assert.Equal(("assignment", "wang", 1), (call.Event, call.Assignee, call.Attempt));
        Assert.Equal("ok", call.Fields["mode"]);
    }

    [Fact(DisplayName = "R61a: the timeout listener runs when its timer is due, the task stays open, and the timer goes with the task")]
    public async Task Timeout_listener_fires_on_the_wake_up()
    {
        var (grain, started) = await StartAsync("ok");
        await HistoryUntilAsync(grain, h => h.Any(e => e.Kind == InstanceHistoryKinds.ListenerReminder));

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await InstanceTestKit.WakeAsync(grain);
        var history = await HistoryUntilAsync(grain, h => h.Count(e => e.Kind == InstanceHistoryKinds.ListenerReminder) == 2);

        Assert.Equal(2, history.Count(e => e.Kind == InstanceHistoryKinds.ListenerReminder));
        Assert.Contains(history, e => e.Kind == InstanceHistoryKinds.ListenerReminder && e.Detail == "chase");
        var open = (await grain.GetAsync()).Instance!;
        Assert.Equal([started.Tasks[0].TaskId], open.Tasks.Select(t => t.TaskId));

        var refused = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, """{"checked":false}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal(InstanceErrorCodes.ListenerRejected, refused.Error?.Code);
        Assert.Equal(422, InstanceErrorCodes.HttpStatusOf(refused.Error!.Code));

        var done = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, """{"checked":true}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal("completed", done.Instance!.Status);
        Assert.Empty(await _kit.RemindersOfAsync(grain));
    }

    [Fact(DisplayName = "R58: a handler that keeps failing is retried on the wake-up, then given up and recorded; the task stays usable")]
    public async Task Failing_listener_is_given_up()
    {
        var (grain, started) = await StartAsync("fail");
        var instanceId = grain.GetPrimaryKeyString();
        await InstanceTestKit.WaitUntilAsync(grain, _ => ScriptedRemindHandler.Calls.TryGetValue(instanceId, out var calls) && calls.Count == 1);

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(2));
            await InstanceTestKit.WakeAsync(grain);
            var expected = attempt;
            await InstanceTestKit.WaitUntilAsync(grain, _ => ScriptedRemindHandler.Calls[instanceId].Count == expected);
        }

        var history = await HistoryUntilAsync(grain, h => h.Any(e => e.Kind == InstanceHistoryKinds.ListenerFailed));
        var failed = Assert.Single(history, e => e.Kind == InstanceHistoryKinds.ListenerFailed);
        Assert.Contains("gave up after 3 attempt(s)", failed.Detail, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], ScriptedRemindHandler.Calls[instanceId].Select(c => c.Attempt));

        var done = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, """{"checked":true}""", InstanceTestKit.Actor, InstanceTestKit.NewCommandId());
        Assert.Equal("completed", done.Instance!.Status);
    }
}
