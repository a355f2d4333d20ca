using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Persons.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>The person projection and list query against a real SQLite schema built by the embedded migrations.</summary>
public sealed class PersonProjectionTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-projection-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly PersonProjection _projection = new(PersonStateSerializationTests.Serializer);
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

    private async Task ApplyAsync(string personId, PersonState? state)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var payload = state is null ? null : PersonStateSerializationTests.Serializer.Serialize(state);
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), personId, state?.Version ?? 0, payload, default);
        await transaction.CommitAsync();
    }

    private async Task<long> CountEventsAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand("SELECT COUNT(*) FROM rm_case_events", null);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact(DisplayName = "A snapshot becomes a masked person row and its events; applying it again changes nothing")]
    public async Task Snapshot_projects_masked_rows_idempotently()
    {
        var state = PersonStateSerializationTests.SampleState();

        await ApplyAsync("P1", state);
        await ApplyAsync("P1", state);
        var page = await new PersonQueries(_database).ListAsync(new PersonListQuery(null, null, null));

        var row = Assert.Single(page.Items);
        Assert.Equal("1101**********002X", row.IdNumberMasked);
        Assert.Equal("138****1234", row.PhoneMasked);
        Assert.Equal(2, row.Version);
        Assert.Equal(state.UpdatedAt, row.UpdatedAt);
        Assert.Equal(2, await CountEventsAsync());
    }

    [Fact(DisplayName = "The list filters by town, village, name part and masked-ID suffix, sorted by name then id, with paging")]
    public async Task List_filters_and_pages()
    {
        var template = PersonStateSerializationTests.SampleState();
        await ApplyAsync("P3", Renamed(template, "赵六", "T2", "T2-V1"));
        await ApplyAsync("P2", Renamed(template, "张三", "T1", "T1-V1"));
        await ApplyAsync("P1", Renamed(template, "张三", "T1", "T1-V2"));
        var queries = new PersonQueries(_database);

        var all = await queries.ListAsync(new PersonListQuery(null, null, null, Page: 1, PageSize: 2));
        var town = await queries.ListAsync(new PersonListQuery("T1", null, null));
        var village = await queries.ListAsync(new PersonListQuery("T1", "T1-V2", null));
        var byName = await queries.ListAsync(new PersonListQuery(null, null, "赵"));
        var bySuffix = await queries.ListAsync(new PersonListQuery(null, null, "002x"));
        var wildcard = await queries.ListAsync(new PersonListQuery(null, null, "%"));

        Assert.Equal(3, all.Total);
        Assert.Equal(["P1", "P2"], all.Items.Select(i => i.Id));
        Assert.Equal(2, town.Total);
        Assert.Equal("P1", Assert.Single(village.Items).Id);
        Assert.Equal("P3", Assert.Single(byName.Items).Id);
        Assert.Equal(3, bySuffix.Total);
        Assert.Equal(0, wildcard.Total);
    }

    [Fact(DisplayName = "A cleared state removes the person's rows; Reset empties both tables")]
    public async Task Clear_and_reset()
    {
        await ApplyAsync("P1", PersonStateSerializationTests.SampleState());
        await ApplyAsync("P2", PersonStateSerializationTests.SampleState());

        await ApplyAsync("P1", null);
        Assert.Equal(1, (await new PersonQueries(_database).ListAsync(new PersonListQuery(null, null, null))).Total);

        await using (var connection = await _database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await _projection.ResetAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), default);
            await transaction.CommitAsync();
        }

        Assert.Equal(0, (await new PersonQueries(_database).ListAsync(new PersonListQuery(null, null, null))).Total);
        Assert.Equal(0, await CountEventsAsync());
    }

    private static PersonState Renamed(PersonState template, string name, string town, string village) => new()
    {
        Profile = template.Profile! with { Name = name, TownCode = town, VillageCode = village },
        Version = template.Version,
        RegisteredAt = template.RegisteredAt,
        UpdatedAt = template.UpdatedAt,
        History = template.History,
    };
}
