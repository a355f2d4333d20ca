using CaseFlow.Silo.Logging;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Gives a fresh embedded node something to look at: once the silo runs, registers <c>Seeding:DemoPeople</c>
/// synthetic people (default 0; the shipped appsettings ask for 200). People already present are skipped, so
/// restarts change nothing.
/// </summary>
internal sealed class DemoPeopleStartup(PeopleSeeder seeder, IConfiguration configuration, ILogger<DemoPeopleStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var count = configuration.GetValue("Seeding:DemoPeople", 0);
        if (count > 0)
        {
            var created = await seeder.SeedAsync(count, concurrency: 8, progress: null, cancellationToken).ConfigureAwait(false);
            SiloLog.DemoPeopleSeeded(logger, count, created);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
