using System.Globalization;
using System.Reflection;
using CaseFlow.Grains.Storage;
using CaseFlow.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace CaseFlow.Storage.Tests.Infrastructure;

/// <summary>
/// One database and one running silo per test class, wired the way the CaseFlow host wires them: the database is
/// a DI singleton, the schema migrator runs before the silo starts, state is System.Text.Json.
/// </summary>
public abstract class StorageBackendFixture : IAsyncLifetime
{
    public const string ServiceId = "caseflow-storage-tests";

    // Stays the same across restarts, so a restarted silo joins the same deployment on PostgreSQL.
    private readonly string clusterId = "storage-" + Guid.NewGuid().ToString("N")[..8];

    private IHost? host;
    private CaseFlowDatabase? database;

    public CaseFlowDatabase Database => database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public IHost Host => host ?? throw new InvalidOperationException("The silo is not running.");

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => Host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    public IGrainStorageSerializer Serializer => Host.Services.GetRequiredService<IGrainStorageSerializer>();

    public abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        await new SchemaMigrator(database).MigrateAsync();
        host = await StartSiloAsync();
    }

    public async Task DisposeAsync()
    {
        await StopSiloAsync();
        await DropDatabaseAsync();
    }

    /// <summary>Stops the silo gracefully and starts a new one on the same database, service and cluster ids.</summary>
    public async Task RestartSiloAsync()
    {
        await StopSiloAsync();
        host = await StartSiloAsync();
    }

    /// <summary>Runs the text of one of this backend's migration scripts directly, bypassing the migration record.</summary>
    public async Task RunScriptTextAsync(string scriptId)
    {
        var folder = Dialect == SqlDialect.Postgres ? "postgres" : "sqlite";
        var name = $"CaseFlow.Sql.{folder}/{scriptId}";
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        var sql = await reader.ReadToEndAsync();

        await using var connection = await Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = connection.CreateCommand(sql, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task<IReadOnlyList<ChangeFeedRow>> ChangeRowsAsync(string stateName, string grainKey)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand(
            "SELECT service_id, state_name, grain_key, version, payload FROM cf_change_feed " +
            "WHERE state_name = @state AND grain_key = @key ORDER BY seq", null);
        command.AddParameter("state", stateName).AddParameter("key", grainKey);
        var rows = new List<ChangeFeedRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ChangeFeedRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4)));
        }

        return rows;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        await command.ExecuteNonQueryAsync();
    }

    protected abstract Task<CaseFlowDatabase> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>Clustering, storage and reminders of this backend, as the production host configures them.</summary>
    protected abstract void ConfigureBackend(ISiloBuilder silo, int siloPort, int gatewayPort);

    private async Task<IHost> StartSiloAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = Assembly.GetExecutingAssembly().GetName().Name,
            DisableDefaults = true,
        });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(Database);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ServiceId;
            });
            silo.UseSystemTextJsonGrainStorageSerializer();

            // Tests only: lets a reminder fire within seconds. Production keeps the one-minute minimum.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            ConfigureBackend(silo, FreePorts.Next(), FreePorts.Next());
        });

        var started = builder.Build();
        await started.StartAsync();
        return started;
    }

    private async Task StopSiloAsync()
    {
        if (host is null)
        {
            return;
        }

        await host.StopAsync();
        host.Dispose();
        host = null;
    }
}
