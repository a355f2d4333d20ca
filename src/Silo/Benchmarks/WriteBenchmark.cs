using System.Diagnostics;
using System.Globalization;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Silo.Seeding;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CaseFlow.Silo.Benchmarks;

/// <summary>
/// Measures case commands and workflow steps against the database's own ceiling, in one run on one database: raw
/// durable single-row commits per second, then person registrations and profile updates, then process starts and
/// task completions (one engine step each) per second through the grains, then how long the read model takes to
/// catch up. Figures are printed as rates and as ratios to the raw commit rate.
/// </summary>
/// <remarks>
/// A registration is two durable writes (the ID-number claim and the person, each with its change row); an update
/// is one. The raw rows carry a payload of the same size as a person snapshot so the comparison is fair.
/// Run it against a scratch database: it registers synthetic people.
/// </remarks>
internal sealed class WriteBenchmark(IGrainFactory grains, CaseFlowDatabase database, ChangeFeedBacklog backlog, IOptions<ClusterOptions> cluster)
{
    public async Task RunAsync(int count, int concurrency, TextWriter output)
    {
        await output.WriteLineAsync($"CaseFlow write benchmark on {database.Dialect}: {count} operations per phase, {concurrency} concurrent callers.");
        await output.WriteLineAsync($"Processors: {Environment.ProcessorCount}. Each phase runs once after a warm-up of {Warmup} operations.");

        var raw = await MeasureAsync(count, concurrency, RawCommitAsync);
        // Far above the numbers demo people and tests use, so a benchmark on a used database registers new people.
        var firstId = 2_000_000 + Random.Shared.Next(0, 20_000_000);
        var register = await MeasureAsync(count, concurrency, i => RegisterAsync(firstId + i));
        var update = await MeasureAsync(count, concurrency, i => UpdateAsync(firstId + i));
        await BenchmarkProcesses.DeployAsync(grains, StepProcessKey, BenchmarkProcesses.OneTask(StepProcessKey));
        var run = Guid.NewGuid().ToString("N")[..8];
        var start = await MeasureAsync(count, concurrency, i => StartAsync(run, i));
        var complete = await MeasureAsync(count, concurrency, i => CompleteAsync(run, i));
        var drain = Stopwatch.StartNew();
        var drained = await backlog.WaitUntilDrainedAsync(cluster.Value.ServiceId, TimeSpan.FromMinutes(5));
        await DropRawTableAsync();

        await output.WriteLineAsync();
        await output.WriteLineAsync("| phase | per second | ratio to raw commits | durable writes each |");
        await output.WriteLineAsync("|---|---|---|---|");
        await output.WriteLineAsync(Row("raw single-row commit (INSERT + COMMIT)", raw, raw, 1));
        await output.WriteLineAsync(Row("register person (grain call)", register, raw, 2));
        await output.WriteLineAsync(Row("update person profile (grain call)", update, raw, 1));
        await output.WriteLineAsync(Row("start process instance: start → user task (one step)", start, raw, 1));
        await output.WriteLineAsync(Row("complete user task → end (one step)", complete, raw, 1));
        await output.WriteLineAsync();
        await output.WriteLineAsync(drained
            ? $"Read model caught up {drain.Elapsed.TotalMilliseconds:F0} ms after the last update was acknowledged."
            : "Read model did not catch up within 5 minutes.");
    }

    private const int Warmup = 50;

    private static string Row(string phase, double rate, double raw, int writes) =>
        string.Create(CultureInfo.InvariantCulture, $"| {phase} | {rate:F0} | {rate / raw:F2} | {writes} |");

    private static async Task<double> MeasureAsync(int count, int concurrency, Func<int, Task> operation)
    {
        // Warm-up uses its own index range, so every measured operation is a first-time operation.
        for (var i = 0; i < Warmup; i++)
        {
            await operation(count + i);
        }

        var clock = Stopwatch.StartNew();
        await ConcurrentLoop.ForEachAsync(count, concurrency, operation);
        return count / clock.Elapsed.TotalSeconds;
    }

    private static readonly byte[] Payload = new byte[600];
    private readonly string _rawTable = "cf_bench_" + Guid.NewGuid().ToString("N")[..8];
    private int _rawTableCreated;

    private async Task RawCommitAsync(int i)
    {
        await using var connection = await database.OpenAsync();
        if (Interlocked.Exchange(ref _rawTableCreated, 1) == 0)
        {
            var blob = database.Dialect == SqlDialect.Postgres ? "BYTEA" : "BLOB";
            await using var create = connection.CreateCommand($"CREATE TABLE IF NOT EXISTS {_rawTable} (id TEXT PRIMARY KEY, payload {blob} NOT NULL)", null);
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand($"INSERT INTO {_rawTable} (id, payload) VALUES (@id, @payload)", transaction);
        insert.AddParameter("id", i.ToString(CultureInfo.InvariantCulture)).AddParameter("payload", Payload);
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private async Task DropRawTableAsync()
    {
        await using var connection = await database.OpenAsync();
        await using var drop = connection.CreateCommand($"DROP TABLE IF EXISTS {_rawTable}", null);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task RegisterAsync(int n)
    {
        var idNumber = SyntheticIdNumbers.Create(n);
        var result = await grains.GetGrain<IPersonGrain>(PersonKey(n)).RegisterAsync(new RegisterPerson(
            "benchmark", "基准" + n.ToString(CultureInfo.InvariantCulture), null, null, idNumber, "610921.01", "610921.01.002", null, null));
        EnsureSucceeded(result);
    }

    private async Task UpdateAsync(int n)
    {
        var person = grains.GetGrain<IPersonGrain>(PersonKey(n));
        var current = await person.GetAsync();
        EnsureSucceeded(current);
        EnsureSucceeded(await person.UpdateProfileAsync(new UpdatePersonProfile(
            "benchmark", current.Person!.Version, null, null, null, null, null, null, "1380000" + (n % 10_000).ToString("D4", CultureInfo.InvariantCulture), null, false)));
    }

    private const string StepProcessKey = "bench_steps";

    private async Task StartAsync(string run, int n)
    {
        var result = await grains.GetGrain<IProcessInstanceGrain>(StepInstanceKey(run, n)).StartAsync(
            new StartProcessInstance(StepProcessKey, null, null, null, null, null, "benchmark", "start-" + StepInstanceKey(run, n)));
        EnsureStarted(result);
    }

    private async Task CompleteAsync(string run, int n)
    {
        var instance = grains.GetGrain<IProcessInstanceGrain>(StepInstanceKey(run, n));
        var view = await instance.GetAsync();
        EnsureStarted(view);
        EnsureStarted(await instance.CompleteTaskAsync(view.Instance!.Tasks[0].TaskId, null, "benchmark", "complete-" + StepInstanceKey(run, n)));
    }

    private static string StepInstanceKey(string run, int n) => "Ibench-" + run + "-" + n.ToString(CultureInfo.InvariantCulture);

    private static void EnsureStarted(ProcessInstanceResult result)
    {
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Benchmark step refused: {error.Code} {error.Message}");
        }
    }

    private static string PersonKey(int n) => "Pbench" + n.ToString(CultureInfo.InvariantCulture);

    private static void EnsureSucceeded(PersonResult result)
    {
        if (result.Error is { } error)
        {
            throw new InvalidOperationException($"Benchmark command refused: {error.Code} {error.Message}");
        }
    }
}
