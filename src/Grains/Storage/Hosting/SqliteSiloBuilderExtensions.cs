using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>
/// Wires a silo to CaseFlow's SQLite grain storage and reminder table. The host registers
/// <see cref="CaseFlowDatabase"/> and runs the schema migrator before the silo starts; clustering is its own choice.
/// </summary>
public static class SqliteSiloBuilderExtensions
{
    /// <summary>Grain storage and reminders on SQLite (single-node mode).</summary>
    public static ISiloBuilder UseCaseFlowSqlite(this ISiloBuilder silo) =>
        silo.AddCaseFlowSqliteGrainStorage().UseCaseFlowSqliteReminders();

    /// <summary>Registers <see cref="SqliteGrainStorage"/> as the named grain-storage provider.</summary>
    public static ISiloBuilder AddCaseFlowSqliteGrainStorage(this ISiloBuilder silo, string name = StorageNames.Default)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<ChangeFeedSignal>();
        silo.Services.AddGrainStorage(name, static (services, providerName) => new SqliteGrainStorage(
            providerName,
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            services.GetRequiredService<CaseFlowDatabase>(),
            services.GetRequiredService<IGrainStorageSerializer>(),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetService<ChangeFeedSignal>(),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        return silo;
    }

    /// <summary>Enables reminders backed by <see cref="SqliteReminderTable"/>.</summary>
    public static ISiloBuilder UseCaseFlowSqliteReminders(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddReminders();
        silo.Services.AddSingleton<IReminderTable, SqliteReminderTable>();
        return silo;
    }
}
