using System.Net;
using CaseFlow.Grains.Storage;
using Npgsql;

namespace CaseFlow.Storage.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database per test class on the server named by <c>CASEFLOW_TEST_PG</c>, with clustering,
/// storage and reminders all on the Orleans ADO.NET providers, as in cluster mode.
/// </summary>
public sealed class PostgresBackendFixture : StorageBackendFixture
{
    public const string AdminVariable = "CASEFLOW_TEST_PG";

    private readonly string databaseName = "caseflow_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? adminConnectionString;
    private NpgsqlDataSource? dataSource;

    public override SqlDialect Dialect => SqlDialect.Postgres;

    protected override async Task<CaseFlowDatabase> CreateDatabaseAsync()
    {
        adminConnectionString = Environment.GetEnvironmentVariable(AdminVariable);
        if (string.IsNullOrWhiteSpace(adminConnectionString))
        {
            throw new InvalidOperationException(
                $"{AdminVariable} is not set: start the private server with eval \"$(bash scripts/pg-start.sh | tail -n 1)\" and run the tests again.");
        }

        await AdminAsync($"CREATE DATABASE {databaseName}");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ToString();
        dataSource = NpgsqlDataSource.Create(connectionString);
        return new CaseFlowDatabase(dataSource, SqlDialect.Postgres);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (dataSource is null)
        {
            return;
        }

        await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
    }

    protected override void ConfigureBackend(ISiloBuilder silo, int siloPort, int gatewayPort)
    {
        silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
        silo.UseCaseFlowPostgres(dataSource!);
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
