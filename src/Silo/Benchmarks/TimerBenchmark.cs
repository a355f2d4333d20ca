using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Benchmarks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Silo.Benchmarks;

/// <summary>
/// Schedules N pending timers two ways on one node and one database, and compares them: N process instances each
/// waiting on a timer catch event, and N grains each holding a plain Orleans reminder. For each it prints the memory
/// the pending timers hold, the scheduling rate, and the lateness of firing at p50 and p99.
/// </summary>
/// <remarks>
/// <para>
/// Every timer is due a fixed delay after its own scheduling call, so firing overlaps scheduling once the run is
/// longer than the delay, as it would in an office where new cases keep arriving. A process timer's lateness is the
/// engine's own record (the <c>timerFired</c> history entry: the step's <c>now</c> minus the due instant); a
/// reminder's is taken on entry to <c>ReceiveReminder</c>. Both then make one durable write (the step; the
/// unregistration).
/// </para>
/// <para>
/// Memory is the managed heap after a full collection, before scheduling and after it, so it counts the live
/// activations, their state and the reminder service's bookkeeping; between the two variants every activation is
/// collected. Run it on a scratch database: it deploys a process and leaves the finished instances behind.
/// </para>
/// </remarks>
internal sealed class TimerBenchmark(IGrainFactory grains, CaseFlowDatabase database)
{
    private const string ProcessKey = "bench_timer";

    public async Task RunAsync(int count, int concurrency, TimeSpan delay, TextWriter output)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"CaseFlow timer benchmark on {database.Dialect}: {count} timers per variant, {concurrency} concurrent callers, each due {delay.TotalSeconds:F0} s after it is scheduled."));
        await output.WriteLineAsync($"Processors: {Environment.ProcessorCount}. Plain reminders run first, then process timers, with every activation collected in between.");
        await BenchmarkProcesses.DeployAsync(grains, ProcessKey, BenchmarkProcesses.Timer(ProcessKey));

        var run = Guid.NewGuid().ToString("N")[..8];
        await WarmUpAsync(run);
        await output.WriteLineAsync();
        await output.WriteLineAsync("| variant | scheduled per second | heap held while pending | per timer | lateness p50 | lateness p99 | fired | timed-out calls |");
        await output.WriteLineAsync("|---|---|---|---|---|---|---|---|");
        var reminders = await MeasureAsync(
            count, concurrency, delay, i => "R" + run + "-" + i.ToString(CultureInfo.InvariantCulture),
            (key, dueAt) => grains.GetGrain<IReminderBenchmarkGrain>(key).ScheduleAsync(dueAt),
            key => grains.GetGrain<IReminderBenchmarkGrain>(key).GetLatenessAsync());
        await output.WriteLineAsync(reminders.Row("plain Orleans reminder (one grain each)", count));
        await CollectActivationsAsync();
        var timers = await MeasureAsync(
            count, concurrency, delay, i => "Ibench" + run + "-" + i.ToString(CultureInfo.InvariantCulture),
            StartInstanceAsync, ReadTimerLatenessAsync);
        await output.WriteLineAsync(timers.Row("process timer (one instance each)", count));
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Ratios, process timer to reminder: scheduling rate {timers.Rate / reminders.Rate:F2}, heap per timer {timers.BytesPerTimer(count) / Math.Max(1, reminders.BytesPerTimer(count)):F2}."));
    }

    private async Task<TimerFigures> MeasureAsync(
        int count, int concurrency, TimeSpan delay, Func<int, string> keyOf,
        Func<string, DateTimeOffset, Task> schedule, Func<string, Task<TimeSpan?>> readLateness)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var timedOut = 0;
        await ConcurrentLoop.ForEachAsync(count, concurrency, async i =>
        {
            try
            {
                await schedule(keyOf(i), DateTimeOffset.UtcNow + delay);
            }
            catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
            {
                // An overloaded node answers late or gives up activating: the call may still take effect, and its
                // firing is still looked for below. The count says how far past its capacity the run pushed the node.
                Interlocked.Increment(ref timedOut);
            }
        });
        var rate = count / clock.Elapsed.TotalSeconds;
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;

        // Wait for the last one's due instant, then collect; stragglers are read again until a generous deadline.
        await Task.Delay(delay);
        var lateness = new TimeSpan?[count];
        var deadline = Stopwatch.StartNew();
        var missing = Enumerable.Range(0, count).ToList();
        while (missing.Count > 0 && deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            await ConcurrentLoop.ForEachAsync(missing.Count, concurrency, async j =>
            {
                try
                {
                    lateness[missing[j]] = await readLateness(keyOf(missing[j]));
                }
                catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
                {
                    Interlocked.Increment(ref timedOut);
                }
            });
            missing = missing.Where(i => lateness[i] is null).ToList();
            if (missing.Count > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        return new TimerFigures(rate, held, [.. lateness.OfType<TimeSpan>().Order()], timedOut);
    }


    private async Task StartInstanceAsync(string key, DateTimeOffset dueAt)
    {
        var variables = JsonSerializer.Serialize(new Dictionary<string, string> { ["dueAt"] = dueAt.ToString("O", CultureInfo.InvariantCulture) });
        var result = await grains.GetGrain<IProcessInstanceGrain>(key).StartAsync(
            new StartProcessInstance(ProcessKey, null, null, variables, null, null, "benchmark", "start-" + key));
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Benchmark start refused: {error.Code} {error.Message}");
        }
    }

    private async Task<TimeSpan?> ReadTimerLatenessAsync(string key)
    {
        var history = await grains.GetGrain<IProcessInstanceGrain>(key).GetHistoryAsync();
        var fired = history.Entries.FirstOrDefault(e => e.Kind == InstanceHistoryKinds.TimerFired);
        return fired?.Detail is { } detail ? TimeSpan.ParseExact(detail, "c", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Runs both paths a little first, so neither variant pays for compilation or first-time database work.</summary>
    private async Task WarmUpAsync(string run)
    {
        for (var i = 0; i < WarmUpCount; i++)
        {
            var key = run + "-warm-" + i.ToString(CultureInfo.InvariantCulture);
            await grains.GetGrain<IReminderBenchmarkGrain>("R" + key).ScheduleAsync(DateTimeOffset.UtcNow);
            await StartInstanceAsync("Ibench" + key, DateTimeOffset.UtcNow);
        }

        await CollectActivationsAsync();
    }

    private const int WarmUpCount = 50;

    private async Task CollectActivationsAsync()
    {
        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        GC.Collect();
    }
}
