using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Migration through the grain (R84): dry run, refusal, and a migrated instance that runs on the new version.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class MigrationGrainTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    private static MigrateProcessInstance Plan(bool dryRun, int sourceVersion = 1, params MigrationMapping[] mappings) =>
        new(sourceVersion, 2, [.. mappings], null, dryRun, "supervisor", InstanceTestKit.NewCommandId());

    [Fact(DisplayName = "A dry run reports version 2 and stores nothing; the real run moves the instance, which then follows version 2")]
    public async Task Migrate_and_continue_on_the_new_version()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, started) = await _kit.StartAsync(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));
        var mapping = new MigrationMapping("Task_1", "Task_1");

        var dry = await grain.MigrateAsync(Plan(dryRun: true, 1, mapping));
        var stillV1 = (await grain.GetAsync()).Instance!;
        var migrated = await grain.MigrateAsync(Plan(dryRun: false, 1, mapping));
        var completed = await grain.CompleteTaskAsync(started.Tasks[0].TaskId, null, InstanceTestKit.Actor, InstanceTestKit.NewCommandId());

        Assert.Equal((2, 1, 2), (dry.Instance!.ProcessVersion, stillV1.ProcessVersion, migrated.Instance!.ProcessVersion));
        Assert.Equal(started.Tasks[0].TaskId, migrated.Instance.Tasks[0].TaskId);
        Assert.Equal(["Task_2"], completed.Instance!.Tasks.Select(t => t.ElementId));
        var entry = Assert.Single((await grain.GetHistoryAsync()).Entries, e => e.Kind == InstanceHistoryKinds.Migrated);
        Assert.Equal(("supervisor", "from v1 to v2 with 1 element mappings"), (entry.Actor, entry.Detail));
    }

    [Fact(DisplayName = "An unmapped live element or a wrong source version is MigrationInvalid and leaves the instance on version 1")]
    public async Task Refusals_change_nothing()
    {
        var key = InstanceProcesses.NewKey();
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.OneTask(key));
        var (grain, _) = await _kit.StartAsync(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TwoTasks(key));

        var unmapped = await grain.MigrateAsync(Plan(dryRun: false, 1, new MigrationMapping("end", "end")));
        var wrongSource = await grain.MigrateAsync(Plan(dryRun: false, 2, new MigrationMapping("Task_1", "Task_1")));

        Assert.Equal(InstanceErrorCodes.MigrationInvalid, unmapped.Error?.Code);
        Assert.Contains("'Task_1'", unmapped.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceErrorCodes.MigrationInvalid, wrongSource.Error?.Code);
        Assert.Equal(1, (await grain.GetAsync()).Instance!.ProcessVersion);
    }
}
