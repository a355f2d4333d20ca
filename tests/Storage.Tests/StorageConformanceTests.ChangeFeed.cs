using CaseFlow.Grains.Storage;
using CaseFlow.Storage.Tests.Grains;
using CaseFlow.Storage.Tests.Infrastructure;
using Orleans.Storage;

namespace CaseFlow.Storage.Tests;

public abstract partial class StorageConformanceTests<TFixture>
{
    [Fact]
    public async Task Write_and_clear_record_change_rows_with_stream_version_and_payload()
    {
        var id = NewGrainId();
        var written = await WriteAsync(id, "snapshot", null);
        var expectedPayload = Fixture.Serializer.Serialize(written.State).ToArray();
        await Fixture.Storage.ClearStateAsync(StateName, id, written);

        var rows = await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!);

        Assert.Collection(
            rows,
            write =>
            {
                Assert.Equal(StorageBackendFixture.ServiceId, write.ServiceId);
                Assert.Equal(1, write.Version);
                Assert.Equal(expectedPayload, write.Payload);
                Assert.Equal((byte)'{', write.Payload![0]);
            },
            clear =>
            {
                Assert.Equal(2, clear.Version);
                Assert.Null(clear.Payload);
            });
    }

    [Fact]
    public async Task Change_row_payload_equals_the_stored_state()
    {
        var stateName = "caseflow.tests.scan-" + Guid.NewGuid().ToString("N")[..8];
        var id = NewGrainId();
        await WriteAsync(id, "same bytes", null, stateName);

        var stored = Assert.Single(await ScanAsync(stateName));
        var change = Assert.Single(await Fixture.ChangeRowsAsync(stateName, id.Key.ToString()!));

        Assert.Equal(stored.Payload!.ToArray(), change.Payload);
    }

    [Fact]
    public async Task Refused_write_records_no_change_row()
    {
        var id = NewGrainId();
        await WriteAsync(id, "one", null);

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(id, "refused", "7"));

        Assert.Equal([1], (await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!)).Select(r => r.Version));
    }

    [Fact]
    public async Task State_and_change_row_commit_together()
    {
        var id = NewGrainId();
        var v1 = await WriteAsync(id, "before", null);

        // With the change feed unavailable the state write must fail as a whole, leaving the old state.
        await Fixture.ExecuteAsync("ALTER TABLE cf_change_feed RENAME TO cf_change_feed_away");
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => WriteAsync(id, "after", v1.ETag));
        }
        finally
        {
            await Fixture.ExecuteAsync("ALTER TABLE cf_change_feed_away RENAME TO cf_change_feed");
        }

        var read = await ReadAsync(id);
        Assert.Equal("before", read.State!.Value);
        Assert.Equal("1", read.ETag);

        // And once it is back, the same ETag still writes: nothing half-applied is in the way.
        Assert.Equal("2", (await WriteAsync(id, "after", v1.ETag)).ETag);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("guid")]
    [InlineData("integer")]
    [InlineData("hex-looking string")]
    public async Task Change_rows_name_the_grain_by_its_key_text(string keyKind)
    {
        var type = GrainType.Create("storage-probe");
        var id = keyKind switch
        {
            "string" => GrainId.Create(type, IdSpan.Create($"C-{Guid.NewGuid():N}")),
            "guid" => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
            "integer" => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64(1, long.MaxValue))),
            _ => GrainId.Create(type, IdSpan.Create(Random.Shared.NextInt64(1, long.MaxValue).ToString("X", System.Globalization.CultureInfo.InvariantCulture))),
        };

        await WriteAsync(id, keyKind, null);

        var row = Assert.Single(await Fixture.ChangeRowsAsync(StateName, id.Key.ToString()!));
        Assert.Equal(1, row.Version);
    }

    [Fact]
    public async Task Scanner_returns_every_stored_state_of_one_state_name()
    {
        var stateName = "caseflow.tests.scan-" + Guid.NewGuid().ToString("N")[..8];
        var kept = NewGrainId("K");
        var cleared = NewGrainId("X");
        var v1 = await WriteAsync(kept, "kept", null, stateName);
        await WriteAsync(kept, "kept twice", v1.ETag, stateName);
        var gone = await WriteAsync(cleared, "gone", null, stateName);
        await Fixture.Storage.ClearStateAsync(stateName, cleared, gone);
        await WriteAsync(NewGrainId(), "other state name", null);

        var scanned = (await ScanAsync(stateName)).ToDictionary(s => s.GrainKey);

        Assert.Equal(2, scanned.Count);
        Assert.Equal(2, scanned[kept.Key.ToString()!].Version);
        Assert.Equal("kept twice", Fixture.Serializer.Deserialize<ProbeState>(scanned[kept.Key.ToString()!].Payload!)!.Value);
        Assert.Equal(2, scanned[cleared.Key.ToString()!].Version);
        Assert.Null(scanned[cleared.Key.ToString()!].Payload);
    }

    private async Task<List<StoredState>> ScanAsync(string stateName)
    {
        var result = new List<StoredState>();
        await foreach (var state in GrainStateScanner.ScanAsync(Fixture.Database, StorageBackendFixture.ServiceId, stateName, CancellationToken.None))
        {
            result.Add(state);
        }

        return result;
    }
}
