using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Persons;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Organisation;

/// <summary>Synthetic people are valid, unique and placed in real villages; demo seeding is idempotent.</summary>
public sealed class DemoPeopleTests
{
    [Fact]
    public void Synthetic_people_have_valid_unique_id_numbers_and_sit_in_the_given_villages()
    {
        var villages = new[]
        {
            new Jurisdiction("610921.01.001", "太平村", "610921.01", JurisdictionLevel.Village, true),
            new Jurisdiction("610921.02.001", "五坪村", "610921.02", JurisdictionLevel.Village, true),
        };
        var today = new DateOnly(2026, 11, 28);

        var people = Enumerable.Range(0, 2000).Select(n => SyntheticPeople.Registration(n, villages)).ToList();

        Assert.All(people, p => Assert.True(ResidentIdNumber.TryParse(p.IdNumber, today, out _, out var error), error));
        Assert.Equal(people.Count, people.Select(p => p.IdNumber).Distinct().Count());
        Assert.All(people, p => Assert.Contains(villages, v => v.Code == p.VillageCode && v.ParentCode == p.TownCode));
        Assert.Equal(2000, Enumerable.Range(0, 2000).Select(SyntheticPeople.PersonId).Distinct().Count());
    }

    [Fact]
    public async Task Demo_people_are_seeded_once_and_a_restart_adds_none()
    {
        var settings = new Dictionary<string, string?> { ["Seeding:DemoPeople"] = "25" };
        var first = new CaseFlowApiFactory("Sqlite", TestDatabases.NewSqlitePath(), settings);
        await using (first)
        {
            using var client = await first.CreateClientAsAsync(Roles.Supervisor);
            await first.WaitForReadModelAsync();
            Assert.Equal(25, await TotalAsync(client));
        }

        await using var second = new CaseFlowApiFactory("Sqlite", first.StorageSetting, settings);
        using var again = await second.CreateClientAsAsync(Roles.Supervisor);
        await second.WaitForReadModelAsync();
        Assert.Equal(25, await TotalAsync(again));
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?pageSize=100", UriKind.Relative))).GetProperty("total").GetInt32();
}
