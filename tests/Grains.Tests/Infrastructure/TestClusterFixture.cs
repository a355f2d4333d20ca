using Orleans.TestingHost;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>A one-silo test cluster configured by <typeparamref name="TConfigurator"/>, started once per fixture.</summary>
public abstract class TestClusterFixture<TConfigurator> : IAsyncLifetime
    where TConfigurator : ISiloConfigurator, new()
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(1).AddSiloBuilderConfigurator<TConfigurator>().Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public virtual Task InitializeAsync() => Cluster.DeployAsync();

    public virtual async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
