using CaseFlow.Grains.Storage;
using CaseFlow.TestSupport;
using Npgsql;

namespace CaseFlow.Api.Tests.Notifications;

public sealed class PostgresWebhookDispatcherTests : WebhookDispatcherTests
{
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    protected override async Task<CaseFlowDatabase> CreateDatabaseAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync("webhooks");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        return new CaseFlowDatabase(_dataSource, SqlDialect.Postgres);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await TestPostgres.DropDatabaseAsync(_connectionString);
        }
    }
}
