using System.Data.Common;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Logging;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Silo.Startup;

/// <summary>
/// Brings the database to the current schema and seeds the organisation before any hosted service starts.
/// </summary>
/// <remarks>
/// It runs in <see cref="IHostedLifecycleService.StartingAsync"/>, which completes before the Orleans silo's
/// StartAsync: the ADO.NET providers read their query texts at start, so the schema must exist first.
/// </remarks>
internal sealed class DatabaseStartup(
    SchemaMigrator migrator,
    OrganisationSeeder seeder,
    SqlJurisdictionDirectory directory,
    CaseFlowDatabase database,
    ILogger<DatabaseStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            SiloLog.SchemaMigrated(logger, database.Dialect, applied.Count);
            var seeded = await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
            directory.Invalidate();
            SiloLog.OrganisationSeeded(logger, seeded);
        }
        catch (DbException ex)
        {
            throw new StartupException($"Cannot open the {database.Dialect} database: {ex.Message}", ex);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new StartupException($"Cannot reach the {database.Dialect} database: {ex.Message}", ex);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
