using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Contracts.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Seeds;

/// <summary>The shipped processes are deployed and published once: a restart stores and publishes nothing new.</summary>
public sealed class ProcessSeedTests
{
    private const string Key = "home_visit_certification";

    [Fact(DisplayName = "The seed publishes version 1 on a fresh node and a restart on the same database adds no version or history")]
    public async Task Seeding_is_idempotent_across_restarts()
    {
        ProcessHistoryResult firstHistory;
        var first = CaseFlowApiFactory.Sqlite();
        await using (first)
        {
            first.CreateClient().Dispose();
            firstHistory = await Grain(first).GetHistoryAsync();
        }

        await using var second = new CaseFlowApiFactory("Sqlite", first.StorageSetting);
        second.CreateClient().Dispose();
        var versions = await Grain(second).GetVersionsAsync();
        var history = await Grain(second).GetHistoryAsync();

        var version = Assert.Single(versions.Versions);
        Assert.Equal((1, ProcessVersionStatus.Published, "system:seed"), (version.Version, version.Status, version.PublishedBy));
        Assert.Equal(2, firstHistory.Entries.Length);
        Assert.Equal(firstHistory.Entries.Length, history.Entries.Length);
    }

    [Fact(DisplayName = "Seeding:Processes=false leaves a fresh node without the shipped processes")]
    public async Task Seeding_can_be_switched_off()
    {
        await using var node = CaseFlowApiFactory.Sqlite(new Dictionary<string, string?> { ["Seeding:Processes"] = "false" });
        node.CreateClient().Dispose();

        var versions = await Grain(node).GetVersionsAsync();

        Assert.Empty(versions.Versions);
    }

    private static IProcessDefinitionGrain Grain(CaseFlowApiFactory factory) =>
        factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IProcessDefinitionGrain>(Key);
}
