using CaseFlow.Storage.Tests.Grains;

namespace CaseFlow.Storage.Tests;

public abstract partial class StorageConformanceTests<TFixture>
{
    private static readonly TimeSpan ReminderDeadline = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Reminder_survives_a_silo_restart_and_fires()
    {
        var key = $"R-{Guid.NewGuid():N}";
        await Fixture.Grains.GetGrain<IStorageProbeGrain>(key).StartTicking("tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        await Fixture.RestartSiloAsync();

        // A new silo, a new activation: the reminder can only come from the table.
        var grain = Fixture.Grains.GetGrain<IStorageProbeGrain>(key);
        Assert.Equal(["tick"], await grain.GetReminderNames());

        var deadline = DateTime.UtcNow + ReminderDeadline;
        while (await grain.GetTicksSinceActivation() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The reminder did not fire within {ReminderDeadline.TotalSeconds} s of the restart.");
            await Task.Delay(200);
        }

        await grain.StopTicking("tick");
        Assert.Empty(await grain.GetReminderNames());
    }
}
