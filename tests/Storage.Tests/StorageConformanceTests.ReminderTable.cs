using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Storage.Tests;

public abstract partial class StorageConformanceTests<TFixture>
{
    [Fact]
    public async Task Reminder_table_versions_every_upsert_and_deletes_only_the_current_version()
    {
        var table = Fixture.Host.Services.GetRequiredService<IReminderTable>();
        var grain = NewGrainId("T");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "due", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(5) };

        var first = await table.UpsertRow(entry);
        var second = await table.UpsertRow(entry);
        Assert.NotEqual(first, second);

        Assert.False(await table.RemoveRow(grain, "due", first!));
        var stored = await table.ReadRow(grain, "due");
        Assert.NotNull(stored);
        Assert.Equal(second, stored.ETag);
        Assert.Equal(TimeSpan.FromMinutes(5), stored.Period);
        Assert.Equal(entry.StartAt, stored.StartAt, TimeSpan.FromMilliseconds(1));

        Assert.True(await table.RemoveRow(grain, "due", second!));
        Assert.Null(await table.ReadRow(grain, "due"));
    }

    [Fact]
    public async Task Reminder_ranges_follow_the_ring()
    {
        var table = Fixture.Host.Services.GetRequiredService<IReminderTable>();
        var grain = NewGrainId("H");
        await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "ring", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(5) });
        var hash = grain.GetUniformHashCode();

        bool Contains(ReminderTableData data) => data.Reminders.Any(r => r.GrainId == grain);

        // (begin, end]: the grain's own hash is the inclusive end, and the exclusive begin.
        Assert.True(Contains(await table.ReadRows(unchecked(hash - 1), hash)));
        Assert.False(Contains(await table.ReadRows(hash, unchecked(hash + 1))));

        // begin >= end wraps past the top of the ring; begin == end is the whole ring.
        Assert.False(Contains(await table.ReadRows(hash, unchecked(hash - 1))));
        Assert.True(Contains(await table.ReadRows(unchecked(hash + 1), hash)));
        Assert.True(Contains(await table.ReadRows(hash, hash)));

        Assert.Single((await table.ReadRows(grain)).Reminders);
    }
}
