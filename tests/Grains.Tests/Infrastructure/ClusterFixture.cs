using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>One in-memory cluster shared by every grain test class; started once because a cold start costs seconds.</summary>
public sealed class ClusterFixture : TestClusterFixture<ClusterFixture.SiloConfigurator>
{
    /// <summary>The silo's clock; a fixed instant so that ages and "not in the future" are deterministic.</summary>
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            // The same serializer as production, so a state that System.Text.Json cannot round-trip fails here.
            siloBuilder.UseSystemTextJsonGrainStorageSerializer();
            siloBuilder.AddMemoryGrainStorage(StorageNames.Default);
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddSingleton<IJurisdictionDirectory, StubJurisdictionDirectory>();
            siloBuilder.Services.AddCaseFlowPersons();
            siloBuilder.Services.AddSingleton(CaseFlow.Workflows.Execution.EngineOptions.Default);
            siloBuilder.Services.AddSingleton(ShippedCalendar.Instance);
            siloBuilder.Services.AddSingleton<CaseFlow.Grains.Processes.IProcessKeySource, ListedProcessKeys>();
            siloBuilder.Services.AddCaseFlowPetitions();

            // Never opened by grain tests; present because the silo validates every registration at build time.
            siloBuilder.Services.AddSingleton(new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource("Data Source=:memory:"), SqlDialect.Sqlite));
        }
    }
}
