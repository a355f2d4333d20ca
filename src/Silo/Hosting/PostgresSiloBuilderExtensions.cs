using CaseFlow.Grains.Storage;
using Npgsql;

namespace Orleans.Hosting;

/// <summary>
/// Wires a silo to PostgreSQL through the Orleans ADO.NET providers: membership, grain storage and reminders all
/// run the query texts that 001_orleans.sql installs, on one shared data source.
/// </summary>
public static class PostgresSiloBuilderExtensions
{
    // The ADO.NET provider factory name; Npgsql registers it itself.
    private const string Invariant = "Npgsql";

    public static ISiloBuilder UseCaseFlowPostgres(this ISiloBuilder silo, NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(dataSource);

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
        });

        // Clear keeps the row (DeleteStateOnClear = false, the default the query texts rely on): a deleted row would
        // restart at version 1, behind the read model's per-stream checkpoint.
        silo.AddAdoNetGrainStorage(StorageNames.Default, o =>
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
            o.DeleteStateOnClear = false;
        });

        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.DataSource = dataSource;
        });

        // Stored state is System.Text.Json on both backends; calling it again where the host already has is harmless.
        silo.UseSystemTextJsonGrainStorageSerializer();
        return silo;
    }
}
