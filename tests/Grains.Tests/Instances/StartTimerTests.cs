using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>Timer start events through a real cluster (R37, R82), with the definition's reminder delivered by hand on the fake clock.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class StartTimerTests(InstanceClusterFixture fixture)
{
    private readonly InstanceTestKit _kit = new(fixture);

    [Fact(DisplayName = "R37a: publishing v2 cancels v1's start timer; each firing starts exactly one v2 instance, even when woken twice")]
    public async Task R37a_timer_start_follows_the_latest_published_version()
    {
        var key = InstanceProcesses.NewKey();
        var definition = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TimerStart(key, "timeCycle", "R3/PT1H"));
        Assert.Contains("start-timers", (await _kit.RemindersOfAsync(definition)).Select(r => r.ReminderName));

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(30));
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TimerStart(key, "timeCycle", "R3/PT1H", "Task_v2"));
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(30));
        await InstanceTestKit.TickAsync(definition, "start-timers");

        // v1 was due now but was moved to v2, which is due an hour after its own publication.
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await Instance(key, 1, 1).GetAsync()).Error?.Code);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await Instance(key, 2, 1).GetAsync()).Error?.Code);

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(30));
        await InstanceTestKit.TickAsync(definition, "start-timers");
        await InstanceTestKit.TickAsync(definition, "start-timers");

        var first = (await Instance(key, 2, 1).GetAsync()).Instance;
        Assert.Equal((2, "active"), (first?.ProcessVersion, first?.Status));
        Assert.Equal("Task_v2", Assert.Single(first!.Tasks).Name);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await Instance(key, 2, 2).GetAsync()).Error?.Code);
        var history = (await definition.GetHistoryAsync()).Entries;
        Assert.Single(history, e => e.Kind == ProcessHistoryKinds.StartTimerFired);
    }

    [Fact(DisplayName = "R37: a bounded cycle starts its n instances and no more; retiring the only version stops it")]
    public async Task Bounded_cycle_and_retirement()
    {
        var key = InstanceProcesses.NewKey();
        var definition = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        await _kit.DeployAndPublishAsync(key, InstanceProcesses.TimerStart(key, "timeCycle", "R2/PT1H"));

        for (var hour = 0; hour < 3; hour++)
        {
            InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(1));
            await InstanceTestKit.TickAsync(definition, "start-timers");
        }

        Assert.Null((await Instance(key, 1, 1).GetAsync()).Error);
        Assert.Null((await Instance(key, 1, 2).GetAsync()).Error);
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await Instance(key, 1, 3).GetAsync()).Error?.Code);
        Assert.DoesNotContain("start-timers", (await _kit.RemindersOfAsync(definition)).Select(r => r.ReminderName));

        var retiredKey = InstanceProcesses.NewKey();
        var retired = fixture.Grains.GetGrain<IProcessDefinitionGrain>(retiredKey);
        await _kit.DeployAndPublishAsync(retiredKey, InstanceProcesses.TimerStart(retiredKey, "timeDuration", "PT1H"));
        await retired.UnpublishAsync(1, "modeler-1");
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromHours(2));
        await InstanceTestKit.TickAsync(retired, "start-timers");
        Assert.Equal(InstanceErrorCodes.InstanceNotFound, (await Instance(retiredKey, 1, 1).GetAsync()).Error?.Code);
    }

    [Fact(DisplayName = "R32: a start timer whose value cannot be planned refuses the publish with BPMN304 on the element")]
    public async Task Unplannable_start_timer_refuses_publish()
    {
        var key = InstanceProcesses.NewKey();
        var definition = fixture.Grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await definition.DeployAsync(new DeployProcess("modeler-1", InstanceProcesses.TimerStart(key, "timeDuration", "${missing}")));

        var published = await definition.PublishAsync(deployed.Version!.Version, "modeler-1");

        Assert.Equal(ProcessErrorCodes.ModelInvalid, published.Error?.Code);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal(("BPMN304", "tick"), (diagnostic.Code, diagnostic.ElementId));
    }

    private IProcessInstanceGrain Instance(string key, int version, int firing) =>
        fixture.Grains.GetGrain<IProcessInstanceGrain>($"Istart-{key}-v{version}-tick-{firing}");
}
