using System.Globalization;
using CaseFlow.Grains.Benchmarks;
using CaseFlow.Grains.Tests.Instances;

namespace CaseFlow.Grains.Tests.Benchmarks;

/// <summary>The timer benchmark's baseline grain through a real cluster, with its reminder delivered by hand on the fake clock.</summary>
[Collection(InstanceClusterCollection.Name)]
public sealed class ReminderBenchmarkGrainTests(InstanceClusterFixture fixture)
{
    [Fact(DisplayName = "The benchmark reminder records how late it fired, once, and unregisters itself")]
    public async Task Records_lateness_once()
    {
        var grain = fixture.Grains.GetGrain<IReminderBenchmarkGrain>("R-test-" + Guid.NewGuid().ToString("N"));
        var dueAt = InstanceClusterFixture.Clock.GetUtcNow().AddMinutes(2);
        await grain.ScheduleAsync(dueAt);
        var name = "due-" + dueAt.UtcTicks.ToString(CultureInfo.InvariantCulture);

        Assert.Null(await grain.GetLatenessAsync());
        Assert.Contains(name, (await new InstanceTestKit(fixture).RemindersOfAsync(grain)).Select(r => r.ReminderName));

        InstanceClusterFixture.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromMilliseconds(250));
        await InstanceTestKit.TickAsync(grain, name);
        InstanceClusterFixture.Clock.Advance(TimeSpan.FromSeconds(5));
        await InstanceTestKit.TickAsync(grain, name);

        Assert.Equal(TimeSpan.FromMilliseconds(250), await grain.GetLatenessAsync());
        Assert.DoesNotContain(name, (await new InstanceTestKit(fixture).RemindersOfAsync(grain)).Select(r => r.ReminderName));
    }
}
