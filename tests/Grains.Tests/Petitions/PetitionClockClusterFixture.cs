using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>A cluster of its own whose clock the petition tests advance day by day through the statutory clocks.</summary>
/// <remarks>Separate from the shared cluster: moving a clock other tests rely on would make their dates depend on order.</remarks>
public sealed class PetitionClockClusterFixture : TestClusterFixture<PetitionClockClusterFixture.SiloConfigurator>
{
    /// <summary>Starts on Wed 2024-09-25 10:00 in China.</summary>
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 9, 25, 2, 0, 0, TimeSpan.Zero));

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.UseSystemTextJsonGrainStorageSerializer();
            siloBuilder.AddMemoryGrainStorage(StorageNames.Default);
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddSingleton<IJurisdictionDirectory, StubJurisdictionDirectory>();
            siloBuilder.Services.AddCaseFlowPersons();
            siloBuilder.Services.AddSingleton(ShippedCalendar.Instance);
            siloBuilder.Services.AddCaseFlowPetitions();
            siloBuilder.Services.AddSingleton(new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource("Data Source=:memory:"), SqlDialect.Sqlite));
        }
    }
}
