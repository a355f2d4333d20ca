using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Storage;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Api.Tests.Notifications;

public sealed class SqliteWebhookDispatcherTests : WebhookDispatcherTests
{
    protected override Task<CaseFlowDatabase> CreateDatabaseAsync()
    {
        var path = TestDatabases.NewSqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return Task.FromResult(new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={path};Pooling=False"), SqlDialect.Sqlite));
    }
}
