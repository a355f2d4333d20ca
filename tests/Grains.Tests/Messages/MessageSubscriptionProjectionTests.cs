using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Persons;
using CaseFlow.Workflows.Execution.State;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.Messages;

/// <summary>The message subscription index (R52) against a real SQLite schema built by the embedded migrations.</summary>
public sealed class MessageSubscriptionProjectionTests : IAsyncLifetime
{
    private const string Village = "610921.01.001";
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-subscriptions-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly MessageSubscriptionProjection _projection = new(PersonStateSerializationTests.Serializer);
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

    private static ProcessInstanceState Instance(string id, InstanceStatus status, params MessageSubscription[] subscriptions) => new()
    {
        Instance = InstanceState.Create(id, "home_visit", 2) with { Status = status, BusinessKey = "BK-" + id, Subscriptions = [.. subscriptions] },
        JurisdictionCode = Village,
    };

    private static MessageSubscription Waiting(string id, string name) => new(id, "ei-" + id, "wait_" + id, name);

    private async Task ApplyAsync(string instanceId, ProcessInstanceState? state)
    {
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var payload = state is null ? null : PersonStateSerializationTests.Serializer.Serialize(state);
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), instanceId, 1, payload, default);
        await transaction.CommitAsync();
    }

    private async Task<List<string>> RowsAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT instance_id, subscription_id, element_id, element_instance_id, message_name, business_key, process_key, " +
            "process_version, jurisdiction_code FROM rm_message_subscriptions ORDER BY instance_id, subscription_id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    [Fact(DisplayName = "R52: open subscriptions become rows keyed by name and business key; a later snapshot replaces them; an ended or cleared instance has none")]
    public async Task R52_subscriptions_are_indexed_and_replaced()
    {
        await ApplyAsync("I1", Instance("I1", InstanceStatus.Active, Waiting("s1", "documentsArrived"), Waiting("s2", "reviewDone")));
        await ApplyAsync("I2", Instance("I2", InstanceStatus.Active, Waiting("s1", "documentsArrived")));
        var first = await RowsAsync();
        await ApplyAsync("I1", Instance("I1", InstanceStatus.Active, Waiting("s2", "reviewDone")));
        var second = await RowsAsync();
        await ApplyAsync("I1", Instance("I1", InstanceStatus.Completed, Waiting("s2", "reviewDone")));
        await ApplyAsync("I2", null);
        var ended = await RowsAsync();

        Assert.Equal(
            [
                "I1|s1|wait_s1|ei-s1|documentsArrived|BK-I1|home_visit|2|" + Village,
                "I1|s2|wait_s2|ei-s2|reviewDone|BK-I1|home_visit|2|" + Village,
                "I2|s1|wait_s1|ei-s1|documentsArrived|BK-I2|home_visit|2|" + Village,
            ],
            first);
        Assert.Equal(["I1|s2|wait_s2|ei-s2|reviewDone|BK-I1|home_visit|2|" + Village, "I2|s1|wait_s1|ei-s1|documentsArrived|BK-I2|home_visit|2|" + Village], second);
        Assert.Empty(ended);
    }

    [Fact(DisplayName = "Reset empties the subscription index for a rebuild")]
    public async Task Reset_empties_the_index()
    {
        await ApplyAsync("I1", Instance("I1", InstanceStatus.Active, Waiting("s1", "documentsArrived")));
        await using (var connection = await _database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await _projection.ResetAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), default);
            await transaction.CommitAsync();
        }

        Assert.Empty(await RowsAsync());
    }
}
