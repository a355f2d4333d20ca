using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The silo's own services, for looking at its reminder table.</summary>
    public IServiceProvider SiloServices =>
        Cluster.Primary is InProcessSiloHandle { SiloHost: { } host } ? host.Services : throw new InvalidOperationException("The test silo runs out of process.");

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
            siloBuilder.Services.AddCaseFlowInstances();
            siloBuilder.Services.AddSingleton<CaseFlow.Grains.Processes.IProcessKeySource, ListedProcessKeys>();
        }
    }
}
