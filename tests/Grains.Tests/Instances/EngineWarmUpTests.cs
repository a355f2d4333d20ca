using CaseFlow.Grains.Instances;
using CaseFlow.Workflows.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CaseFlow.Grains.Tests.Instances;

/// <summary>The start-up warm-up is registered with the instance services and runs a condition to the end.</summary>
public sealed class EngineWarmUpTests
{
    [Fact]
    public async Task Warm_up_runs_a_condition_through_the_engine_at_start()
    {
        // Logging and configuration as every host has them: the instance services bind options and log.
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddCaseFlowInstances().AddCaseFlowInstances();
        using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().OfType<EngineWarmUp>().ToList();

        var warmUp = Assert.Single(hosted);
        await warmUp.StartAsync(CancellationToken.None);

        Assert.True(warmUp.Completed);
        Assert.NotNull(provider.GetRequiredService<Engine>());
    }
}
