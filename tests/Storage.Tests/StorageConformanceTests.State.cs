using CaseFlow.Storage.Tests.Grains;
using Orleans.Storage;

namespace CaseFlow.Storage.Tests;

public abstract partial class StorageConformanceTests<TFixture>
{
    [Fact]
    public async Task Missing_state_reads_as_default_without_etag()
    {
        var state = await ReadAsync(NewGrainId());

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.NotNull(state.State);
        Assert.Null(state.State!.Value);
    }

    [Fact]
    public async Task Write_then_read_back()
    {
        var id = NewGrainId();

        var first = await WriteAsync(id, "hello", null);
        Assert.Equal("1", first.ETag);
        var second = await WriteAsync(id, "hello again", first.ETag);
        Assert.Equal("2", second.ETag);

        var read = await ReadAsync(id);
        Assert.Equal("hello again", read.State!.Value);
        Assert.Equal(11, read.State!.Count);
        Assert.Equal("2", read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task Grain_state_survives_deactivation()
    {
        var key = $"P-{Guid.NewGuid():N}";
        var grain = Fixture.Grains.GetGrain<IStorageProbeGrain>(key);

        await grain.SetValue("persisted");
        await grain.Deactivate();

        // The next call lands on a new activation, which can only know the value from storage.
        Assert.Equal("persisted", await Fixture.Grains.GetGrain<IStorageProbeGrain>(key).GetValue());
    }

    [Fact]
    public async Task Stale_etag_is_refused_and_changes_nothing()
    {
        var id = NewGrainId();
        var v1 = await WriteAsync(id, "one", null);
        await WriteAsync(id, "two", v1.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(id, "stale", v1.ETag));

        var read = await ReadAsync(id);
        Assert.Equal("two", read.State!.Value);
        Assert.Equal("2", read.ETag);
        Assert.Equal([1, 2], (await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!)).Select(r => r.Version));
    }

    [Fact]
    public async Task Second_first_insert_is_refused()
    {
        var id = NewGrainId();
        await WriteAsync(id, "winner", null);

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(id, "loser", null));

        Assert.Equal("winner", (await ReadAsync(id)).State!.Value);
    }

    [Fact]
    public async Task Racing_first_inserts_let_exactly_one_win()
    {
        var id = NewGrainId();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            try
            {
                await WriteAsync(id, $"writer {i}", null);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(attempts, won => won);
        Assert.Single(await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!));
    }

    [Fact]
    public async Task Clear_keeps_the_version_moving_and_reads_back_default()
    {
        var id = NewGrainId();
        var written = await WriteAsync(id, "to be cleared", null);

        await Fixture.Storage.ClearStateAsync(StateName, id, written);
        Assert.Equal("2", written.ETag);
        Assert.Null(written.State!.Value);

        var read = await ReadAsync(id);
        Assert.Null(read.State!.Value);
        Assert.Equal("2", read.ETag);

        // A write after a clear continues from the cleared version rather than starting again.
        var rewritten = await WriteAsync(id, "back", read.ETag);
        Assert.Equal("3", rewritten.ETag);
    }

    [Fact]
    public async Task Clear_with_stale_etag_is_refused()
    {
        var id = NewGrainId();
        var v1 = await WriteAsync(id, "one", null);
        await WriteAsync(id, "two", v1.ETag);

        var stale = new GrainState<ProbeState> { State = new ProbeState(), ETag = v1.ETag, RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Fixture.Storage.ClearStateAsync(StateName, id, stale));

        Assert.Equal("two", (await ReadAsync(id)).State!.Value);
        Assert.Equal(2, (await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!)).Count);
    }

    [Fact]
    public async Task Clear_of_a_state_not_known_to_exist_reads_it_first()
    {
        var id = NewGrainId();
        await WriteAsync(id, "stored", null);

        // An activation that never read the row (RecordExists false, no ETag) still clears the stored state.
        var unread = Fresh();
        await Fixture.Storage.ClearStateAsync(StateName, id, unread);

        Assert.Equal("2", unread.ETag);
        Assert.Null((await ReadAsync(id)).State!.Value);
    }

    [Fact]
    public async Task Clear_of_a_state_never_stored_is_a_no_op()
    {
        var id = NewGrainId();

        var state = Fresh();
        await Fixture.Storage.ClearStateAsync(StateName, id, state);

        Assert.Null(state.ETag);
        Assert.Empty(await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!));
    }
}
