using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Operator modification through the grain (R73): one step, one write, one history entry.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ModificationGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    [Fact(DisplayName = "Moving a token from Task_1 to Task_2 cancels Task_1, creates Task_2 and records who and why")]
    public async Task Move_a_token()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));
        var (grain, _) = await _kit.StartAsync(key);

        var moved = await grain.ModifyAsync(
            [new ModificationStep("cancel", "Task_1"), new ModificationStep("startBefore", "Task_2")], """{"skipped":true}""", "supervisor", "visit already done", InstanceTestKit.NewCommandId());

        Assert.Null(moved.Error);
        Assert.Equal(["Task_2"], moved.Instance!.Tasks.Select(t => t.ElementId));
        var history = (await grain.GetHistoryAsync()).Entries;
        var modified = Assert.Single(history, e => e.Kind == InstanceHistoryKinds.Modified);
        Assert.Equal(("supervisor", "cancel Task_1; startBefore Task_2; set skipped (visit already done)"), (modified.Actor, modified.Detail));
        Assert.Equal(["taskCancelled", "taskCreated"], history.Where(e => e.Sequence > modified.Sequence).Select(e => e.Kind));
    }

    [Fact(DisplayName = "A start before a join without viaFlow is ModificationInvalid and changes nothing")]
    public async Task Join_without_via_flow_is_refused()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.Parallel(key));
        var (grain, started) = await _kit.StartAsync(key);

        var refused = await grain.ModifyAsync([new ModificationStep("cancel", "Task_B"), new ModificationStep("startBefore", "join")], null, "supervisor", null, InstanceTestKit.NewCommandId());
        var after = (await grain.GetAsync()).Instance!;

        Assert.Equal(InstanceErrorCodes.ModificationInvalid, refused.Error?.Code);
        Assert.Equal(started.Tasks.Select(t => t.TaskId), after.Tasks.Select(t => t.TaskId));
    }
}
