using CaseFlow.Grains.Storage;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Storage.Tests.Infrastructure;

/// <summary>A fresh SQLite file per test class, single silo on localhost clustering as in embedded mode.</summary>
public sealed class SqliteBackendFixture : StorageBackendFixture
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"caseflow-storage-{Guid.NewGuid():N}.db");

    public override SqlDialect Dialect => SqlDialect.Sqlite;

    protected override Task<CaseFlowDatabase> CreateDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        return Task.FromResult(new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite));
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureBackend(ISiloBuilder silo, int siloPort, int gatewayPort)
    {
        silo.UseLocalhostClustering(siloPort, gatewayPort, null, ServiceId, "sqlite-storage-tests");
        silo.UseCaseFlowSqlite();
    }
}
