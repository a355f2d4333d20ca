using CaseFlow.TestSupport;
using CaseFlow.Silo.Seeding;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseFlow.Silo.Tests;

/// <summary>Two nodes on one PostgreSQL database form one cluster: each sees the other, and a case written through
/// one node is served by the other.</summary>
public sealed class PostgresClusterTests
{
    [Fact]
    public async Task Two_nodes_on_one_database_form_one_cluster()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("cluster");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var first = StartNode(connectionString);
        await first.WaitReadyAsync(client, TimeSpan.FromSeconds(90));
        await using var second = StartNode(connectionString);
        await second.WaitReadyAsync(client, TimeSpan.FromSeconds(90));
        await first.SignInAsync(client);

        // Both nodes report two active members once membership has settled.
        foreach (var node in new[] { first, second })
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            string description = string.Empty;
            while (DateTime.UtcNow < deadline)
            {
                var health = await client.GetFromJsonAsync<JsonElement>(new Uri(node.BaseAddress, "/health"));
                description = health.GetProperty("checks").GetProperty("cluster").GetProperty("description").GetString()!;
                if (description.Contains("2 active node(s)", StringComparison.Ordinal))
                {
                    break;
                }

                await Task.Delay(250);
            }

            Assert.Contains("2 active node(s)", description, StringComparison.Ordinal);
        }

        // A person registered through the first node is read through the second.
        var idNumber = SyntheticIdNumbers.Create(7);
        using var created = await client.PostAsJsonAsync(new Uri(first.BaseAddress, "/api/persons"), new
        {
            name = "李四",
            gender = SyntheticIdNumbers.Gender(idNumber).ToString(),
            birthDate = SyntheticIdNumbers.BirthDate(idNumber),
            idNumber,
            townCode = "610921.02",
            villageCode = "610921.02.001",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri(second.BaseAddress, $"/api/persons/{id}"));
        Assert.Equal("李四", read.GetProperty("name").GetString());
    }

    private static NodeProcess StartNode(string connectionString) =>
        NodeProcess.Start(Directory.CreateTempSubdirectory("caseflow-cluster-").FullName, FreePorts.Next(), new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
}
