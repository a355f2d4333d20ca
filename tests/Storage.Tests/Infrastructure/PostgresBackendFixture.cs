using System.Net;
using CaseFlow.Grains.Storage;
using CaseFlow.TestSupport;
using Npgsql;

namespace CaseFlow.Storage.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database per test class on the server named by <c>CASEFLOW_TEST_PG</c>, with clustering,
/// storage and reminders all on the Orleans ADO.NET providers, as in cluster mode.
/// </summary>
public sealed class PostgresBackendFixture : StorageBackendFixture
{
    private string? connectionString;
    private NpgsqlDataSource? dataSource;

    public override SqlDialect Dialect => SqlDialect.Postgres;

    protected override async Task<CaseFlowDatabase> CreateDatabaseAsync()
    {
        connectionString = await TestPostgres.CreateDatabaseAsync("storage");
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
        await TestPostgres.DropDatabaseAsync(connectionString!);
    }

    protected override void ConfigureBackend(ISiloBuilder silo, int siloPort, int gatewayPort)
    {
        silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
        silo.UseCaseFlowPostgres(dataSource!);
    }
}
