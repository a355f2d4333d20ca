using System.Globalization;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Benchmarks;
using CaseFlow.Silo.Logging;
using CaseFlow.Silo.Options;
using CaseFlow.Silo.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CaseFlow.Silo.Startup;

/// <summary>What the node does with its command line: run (the default) or an operator command.</summary>
internal static class NodeCommands
{
    public const string RebuildReadModel = "rebuild-read-model";
    public const string BenchWrites = "bench-writes";
    public const string BenchTimers = "bench-timers";
    public const string SeedPeople = "seed-people";

    public static async Task<int> RunAsync(WebApplication app, string[] args, StorageProvider provider)
    {
        if (args.Contains(RebuildReadModel, StringComparer.Ordinal))
        {
            return await RebuildAsync(app).ConfigureAwait(false);
        }

        await StartAsync(app).ConfigureAwait(false);
        if (args.Contains(BenchWrites, StringComparer.Ordinal))
        {
            return await BenchAsync(app).ConfigureAwait(false);
        }

        if (args.Contains(BenchTimers, StringComparer.Ordinal))
        {
            return await BenchTimersAsync(app).ConfigureAwait(false);
        }

        if (args.Contains(SeedPeople, StringComparer.Ordinal))
        {
            return await SeedPeopleAsync(app).ConfigureAwait(false);
        }

        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no HTTP address)";
        SiloLog.NodeReady(app.Logger, url, provider.ToString());
        await Console.Out.WriteLineAsync($"CaseFlow is running at {url}  (studio and console: {url}/studio/, API reference: {url}/scalar/v1, health: {url}/health). Press Ctrl+C to stop.").ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task StartAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (Unwrap(ex) is StartupException startup)
        {
            throw startup;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else that stops start-up (the cluster cannot form, a port is taken) is reported in one line;
            // the log file keeps the details.
            SiloLog.StartupFailed(app.Logger, ex);
            throw new StartupException($"{ex.GetType().Name}: {FirstLine(ex.Message)}", ex);
        }
    }

    private static async Task<int> BenchAsync(WebApplication app)
    {
        var count = app.Configuration.GetValue("Bench:Count", 2000);
        var concurrency = app.Configuration.GetValue("Bench:Concurrency", 16);
        var benchmark = ActivatorUtilities.CreateInstance<WriteBenchmark>(app.Services);
        await benchmark.RunAsync(count, concurrency, Console.Out).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> BenchTimersAsync(WebApplication app)
    {
        var count = app.Configuration.GetValue("Bench:Count", 10_000);
        var concurrency = app.Configuration.GetValue("Bench:Concurrency", 32);
        var delay = TimeSpan.FromSeconds(app.Configuration.GetValue("Bench:DelaySeconds", 30));
        var benchmark = ActivatorUtilities.CreateInstance<TimerBenchmark>(app.Services);
        await benchmark.RunAsync(count, concurrency, delay, Console.Out).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> RebuildAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync().ConfigureAwait(false);
        var replayed = await app.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync().ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"Read model rebuilt from {replayed} stored snapshot(s).").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> SeedPeopleAsync(WebApplication app)
    {
        var count = app.Configuration.GetValue("Seeding:Count", 10_000);
        var concurrency = app.Configuration.GetValue("Seeding:Concurrency", 16);
        var seeder = app.Services.GetRequiredService<PeopleSeeder>();
        var created = await seeder.SeedAsync(count, concurrency, (done, total, elapsed) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done}/{total} people checked, {done / elapsed.TotalSeconds:F0} per second")),
            CancellationToken.None).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"Registered {created} new synthetic people ({count - created} were already there).").ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : ex;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
