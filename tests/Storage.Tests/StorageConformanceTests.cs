using CaseFlow.Storage.Tests.Grains;
using CaseFlow.Storage.Tests.Infrastructure;

namespace CaseFlow.Storage.Tests;

/// <summary>
/// The behaviour CaseFlow relies on from grain storage, the change feed, migrations and reminders, written once
/// and run against each backend by a derived class. Both backends must pass the same assertions.
/// </summary>
public abstract partial class StorageConformanceTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StorageBackendFixture
{
    protected const string StateName = StorageProbeGrain.StateName;

    protected TFixture Fixture { get; } = fixture;

    /// <summary>A grain id no other test uses, so tests sharing the fixture never see each other's rows.</summary>
    protected static GrainId NewGrainId(string prefix = "C") =>
        GrainId.Create("storage-probe", $"{prefix}-{Guid.NewGuid():N}");

    protected static GrainState<ProbeState> Fresh() => new() { State = new ProbeState() };

    protected async Task<GrainState<ProbeState>> ReadAsync(GrainId id, string stateName = StateName)
    {
        var state = Fresh();
        await Fixture.Storage.ReadStateAsync(stateName, id, state);
        return state;
    }

    protected async Task<GrainState<ProbeState>> WriteAsync(GrainId id, string value, string? etag, string stateName = StateName)
    {
        var state = new GrainState<ProbeState> { State = new ProbeState { Value = value, Count = value.Length }, ETag = etag };
        await Fixture.Storage.WriteStateAsync(stateName, id, state);
        return state;
    }
}
