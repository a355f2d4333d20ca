namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Once the silo runs, deploys and publishes the shipped processes when <c>Seeding:Processes</c> is on (the default),
/// so a fresh node lists them as published; restarts change nothing.
/// </summary>
internal sealed class ProcessSeedStartup(ProcessSeeder seeder, IConfiguration configuration, ILogger<ProcessSeedStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Seeding:Processes", true))
        {
            ProcessSeedLog.ProcessesSeeded(logger, await seeder.SeedAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
