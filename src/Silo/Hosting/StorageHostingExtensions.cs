using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Options;
using CaseFlow.Silo.Seeding;
using CaseFlow.Silo.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the node's database, its migrations, the organisation seed and the user store.</summary>
internal static class StorageHostingExtensions
{
    /// <summary>Creates the data source for the configured provider and registers everything that uses it.</summary>
    /// <returns>The database, which the Orleans wiring needs before the container is built.</returns>
    public static CaseFlowDatabase AddCaseFlowDatabase(this IServiceCollection services, StorageOptions storage, string contentRoot)
    {
        var database = storage.Provider switch
        {
            StorageProvider.Postgres => CreatePostgres(storage.ConnectionString!),
            _ => CreateSqlite(storage.SqlitePath, contentRoot),
        };

        services.AddSingleton(database);
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton(SeedFiles.Default);
        services.TryAddSingleton<OrganisationSeeder>();
        services.TryAddSingleton<SqlJurisdictionDirectory>();
        services.TryAddSingleton<IJurisdictionDirectory>(sp => sp.GetRequiredService<SqlJurisdictionDirectory>());
        services.TryAddSingleton<SqlJurisdictionStore>();
        services.TryAddSingleton<SqlUserStore>();
        services.TryAddSingleton<SqlColleagueQueries>();
        services.TryAddSingleton<CaseFlow.Grains.Messages.SqlMessageReceipts>();
        services.TryAddSingleton<UserSeeder>();
        services.TryAddSingleton(TimeProvider.System);

        // Registered before Orleans so its StartingAsync (schema and seed) completes before the silo starts.
        services.AddHostedService<DatabaseStartup>();
        services.TryAddSingleton<PeopleSeeder>();
        services.AddHostedService<DemoPeopleStartup>();
        services.TryAddSingleton<ProcessSeeder>();
        services.AddHostedService<ProcessSeedStartup>();
        return database;
    }

    private static CaseFlowDatabase CreateSqlite(string path, string contentRoot)
    {
        var fullPath = Path.GetFullPath(path, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        return new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource(connectionString), SqlDialect.Sqlite);
    }

    private static CaseFlowDatabase CreatePostgres(string connectionString)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StartupException($"Storage:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}", ex) { ExitCode = 2 };
        }

        return new CaseFlowDatabase(dataSource, SqlDialect.Postgres);
    }
}
