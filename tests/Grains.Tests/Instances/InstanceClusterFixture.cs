using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Instances.Listeners;
using CaseFlow.Grains.Messages;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>A cluster of its own for instance tests: reminders, a clock the tests move, and a recording service handler.</summary>
/// <remarks>
/// Separate from the shared cluster because these tests advance their clock: moving a clock other tests rely on
/// would make their ages and dates depend on test order.
/// </remarks>
public sealed class InstanceClusterFixture : TestClusterFixture<InstanceClusterFixture.SiloConfigurator>
{
    /// <summary>The silo's clock; tests advance it to make timers due.</summary>
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    /// <summary>The one message name the silo buffers (R55); tests tell their messages apart by business key.</summary>
    public const string BufferedMessageName = "documents-buffered";

    // Declared before the database that names it: static initialisers run in text order.
    private static string BufferPath { get; } = Path.Combine(Path.GetTempPath(), "caseflow-buffer-" + Guid.NewGuid().ToString("N") + ".db");

    /// <summary>A SQLite file holding the buffered messages; the buffering tests migrate it before use.</summary>
    public static readonly CaseFlowDatabase BufferDatabase = new(
        SqliteFactory.Instance.CreateDataSource($"Data Source={BufferPath};Pooling=False"), SqlDialect.Sqlite);

    /// <summary>The silo's own services, for looking at its reminder table.</summary>
    public IServiceProvider SiloServices =>
        Cluster.Primary is InProcessSiloHandle { SiloHost: { } host } ? host.Services : throw new InvalidOperationException("The test silo runs out of process.");

    /// <summary>Starts the silo and waits until its reminder service takes registrations.</summary>
    /// <remarks>
    /// Orleans starts the reminder service in the background. On a loaded machine its first read of the table can be
    /// slow, and its retry waits on the silo's clock, which here is the fake one that only tests move: a test needing
    /// reminders then waits for it forever. A probe registration is retried, moving the clock a little each time,
    /// until it goes through, so every test starts with working reminders.
    /// </remarks>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var probe = Grains.GetGrain<CaseFlow.Grains.Benchmarks.IReminderBenchmarkGrain>("reminder-probe");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                await probe.ScheduleAsync(Clock.GetUtcNow().AddDays(30));
                return;
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException && DateTime.UtcNow < deadline)
            {
                Clock.Advance(TimeSpan.FromSeconds(30));
            }
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(BufferPath);
    }

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.UseSystemTextJsonGrainStorageSerializer();
            siloBuilder.AddMemoryGrainStorage(StorageNames.Default);
            siloBuilder.UseInMemoryReminderService();

            // Test silo only: production keeps the one-minute minimum (STACK.md §2.4).
            siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(5));
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddSingleton<IServiceTaskHandler, RecordingVisitHandler>();
            siloBuilder.Services.AddSingleton<IServiceTaskHandler, RejectingHandler>();
            siloBuilder.Services.AddSingleton(BufferDatabase);
            siloBuilder.Services.AddCaseFlowInstances();

            // The real caseflow.remind only asks for a history entry; the stand-in also records calls and can fail.
            siloBuilder.Services.RemoveAll<ITaskListenerHandler>();
            siloBuilder.Services.AddSingleton<ITaskListenerHandler, ScriptedRemindHandler>();

            siloBuilder.Services.Configure<MessageBufferingOptions>(o => o.AllowedNames.Add(BufferedMessageName));
            siloBuilder.Services.AddSingleton<CaseFlow.Grains.Processes.IProcessKeySource, ListedProcessKeys>();
        }
    }
}
