using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Processes.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Persons;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>The process projection and list query against a real SQLite schema built by the embedded migrations.</summary>
public sealed class ProcessDefinitionProjectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-process-projection-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly ProcessDefinitionProjection _projection = new(PersonStateSerializationTests.Serializer);
    private CaseFlowDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={_path};Pooling=False"), SqlDialect.Sqlite);
        await new SchemaMigrator(_database).MigrateAsync();
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    private static ProcessVersionRecord Version(int number, string status, string name = "走访") => new()
    {
        Version = number,
        Status = status,
        Xml = "<x/>",
        Sha256 = new string((char)('a' + number), 64),
        Name = name,
        DeployedAt = At.AddHours(number),
        DeployedBy = "modeler-1",
        PublishedAt = status == ProcessVersionStatus.Draft ? null : At.AddDays(number),
    };

    private async Task ApplyAsync(string key, int streamVersion, ProcessDefinitionState? state)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var payload = state is null ? null : PersonStateSerializationTests.Serializer.Serialize(state);
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), key, streamVersion, payload, default);
        await transaction.CommitAsync();
    }

    [Fact(DisplayName = "Snapshots become one row per version; the list shows latest, highest published and counts; a replay changes nothing")]
    public async Task Snapshot_projects_versions_and_list_aggregates()
    {
        var state = new ProcessDefinitionState
        {
            Versions =
            [
                Version(1, ProcessVersionStatus.Published),
                Version(2, ProcessVersionStatus.Retired),
                Version(3, ProcessVersionStatus.Published),
                Version(4, ProcessVersionStatus.Draft, "复访"),
            ],
        };

        await ApplyAsync("home_visit", 4, state);
        await ApplyAsync("home_visit", 4, state);
        await ApplyAsync("another", 1, new ProcessDefinitionState { Versions = [Version(1, ProcessVersionStatus.Draft)] });
        var list = await new ProcessQueries(_database).ListAsync();

        Assert.Equal(["another", "home_visit"], list.Select(p => p.Key));
        var visit = list[1];
        Assert.Equal("复访", visit.Name);
        Assert.Equal(4, visit.LatestVersion);
        Assert.Equal(3, visit.PublishedVersion);
        Assert.Equal((4, 1, 2, 1), (visit.VersionCount, visit.DraftCount, visit.PublishedCount, visit.RetiredCount));
        Assert.Equal(At.AddHours(4), visit.LastDeployedAt);
        Assert.Null(list[0].PublishedVersion);
    }

    [Fact(DisplayName = "A status change updates the existing row; a cleared state removes the key")]
    public async Task Updates_and_clear()
    {
        await ApplyAsync("k", 1, new ProcessDefinitionState { Versions = [Version(1, ProcessVersionStatus.Draft)] });
        await ApplyAsync("k", 2, new ProcessDefinitionState { Versions = [Version(1, ProcessVersionStatus.Published)] });
        var published = Assert.Single(await new ProcessQueries(_database).ListAsync());

        await ApplyAsync("k", 3, null);

        Assert.Equal(1, published.PublishedVersion);
        Assert.Equal(0, published.DraftCount);
        Assert.Empty(await new ProcessQueries(_database).ListAsync());
    }
}
