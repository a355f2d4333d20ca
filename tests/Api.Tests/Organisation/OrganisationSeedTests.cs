using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Organisation;

/// <summary>The first start seeds the demo county; later starts change nothing.</summary>
public sealed class OrganisationSeedTests
{
    private static readonly string[] HanyinTowns =
        ["城关镇", "涧池镇", "漩涡镇", "汉阳镇", "蒲溪镇", "平梁镇", "双乳镇", "铁佛寺镇", "观音河镇", "双河口镇"];

    [Fact]
    public async Task First_start_seeds_hanyin_and_a_second_start_changes_nothing()
    {
        // Arrange + Act: start a node on a fresh file, snapshot the tree, restart on the same file.
        string firstSnapshot;
        IReadOnlyList<Jurisdiction> tree;
        var first = CaseFlowApiFactory.Sqlite();
        await using (first)
        {
            first.CreateClient().Dispose();
            tree = await first.Services.GetRequiredService<IJurisdictionDirectory>().ListAsync();
            firstSnapshot = await SnapshotAsync(first);
        }

        await using var second = new CaseFlowApiFactory("Sqlite", first.StorageSetting);
        second.CreateClient().Dispose();
        var secondSnapshot = await SnapshotAsync(second);

        // Assert: the county, its ten towns in order, 156 villages and communities, each under a town.
        Assert.Equal("汉阴县", Assert.Single(tree, j => j.Level == JurisdictionLevel.County).Name);
        Assert.Equal(HanyinTowns, tree.Where(j => j.Level == JurisdictionLevel.Town).Select(j => j.Name));
        var towns = tree.Where(j => j.Level == JurisdictionLevel.Town).Select(j => j.Code).ToHashSet();
        var villages = tree.Where(j => j.Level == JurisdictionLevel.Village).ToList();
        Assert.Equal(156, villages.Count);
        Assert.All(villages, v => Assert.Contains(v.ParentCode!, towns));
        Assert.Contains(villages, v => v.Name == "太平村" && v.Verified);
        Assert.Equal(firstSnapshot, secondSnapshot);
    }

    private static async Task<string> SnapshotAsync(CaseFlowApiFactory factory)
    {
        var database = factory.Services.GetRequiredService<CaseFlowDatabase>();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand(
            "SELECT code, name, parent_code, level, verified, sort_order FROM org_jurisdictions ORDER BY code", null);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return string.Join('\n', rows);
    }
}
