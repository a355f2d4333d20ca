using System.Data.Common;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Logging;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Silo.Startup;

/// <summary>
/// Brings the database to the current schema and seeds the organisation (and, if asked, the demo users) before any
/// hosted service starts.
/// </summary>
/// <remarks>
/// It runs in <see cref="IHostedLifecycleService.StartingAsync"/>, which completes before the Orleans silo's
/// StartAsync: the ADO.NET providers read their query texts at start, so the schema must exist first.
/// </remarks>
internal sealed class DatabaseStartup(
    SchemaMigrator migrator,
    OrganisationSeeder seeder,
    UserSeeder users,
    IConfiguration configuration,
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

            // Demo users share a published password, so they exist only where configuration asks for them
            // (the shipped appsettings do; a production node must not).
            if (configuration.GetValue("Seeding:DemoUsers", false))
            {
                SiloLog.DemoUsersSeeded(logger, await users.SeedAsync(cancellationToken).ConfigureAwait(false));
            }
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
