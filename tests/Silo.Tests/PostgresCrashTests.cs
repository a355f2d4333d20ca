using CaseFlow.TestSupport;
using CaseFlow.Silo.Seeding;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseFlow.Silo.Tests;

/// <summary>
/// A real node on PostgreSQL is SIGKILLed right after acknowledging writes; the restarted node must hold every
/// acknowledged write, and the read model must converge with no manual step.
/// </summary>
public sealed class PostgresCrashTests
{
    private const int Writes = 40;

    [Fact]
    public async Task Killed_node_loses_no_acknowledged_write_and_read_model_converges()
    {
        // Arrange: a fresh database and a working directory of its own for the node.
        var connectionString = await TestPostgres.CreateDatabaseAsync("crash");
        var workDir = Directory.CreateTempSubdirectory("caseflow-crash-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Cluster:SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var httpPort = FreePorts.Next();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var acknowledged = new Dictionary<string, string>();
        await using (var node = NodeProcess.Start(workDir, httpPort, settings))
        {
            await node.WaitReadyAsync(client, TimeSpan.FromSeconds(90));
            await node.SignInAsync(client);

            // Act: N acknowledged writes, then SIGKILL with no pause for anything to settle.
            for (var i = 0; i < Writes; i++)
            {
                var idNumber = SyntheticIdNumbers.Create(i);
                var name = "测试" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                using var response = await client.PostAsJsonAsync(new Uri(node.BaseAddress, "/api/persons"), new
                {
                    name,
                    gender = SyntheticIdNumbers.Gender(idNumber).ToString(),
                    birthDate = SyntheticIdNumbers.BirthDate(idNumber),
                    idNumber,
                    townCode = "610921.01",
                    villageCode = "610921.01.002",
                });
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"write {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                acknowledged[body.GetProperty("id").GetString()!] = name;
            }

            await node.KillAsync();
        }

        // Assert: the restarted node serves every acknowledged write, and the list (the read model) converges.
        await using var restarted = NodeProcess.Start(workDir, httpPort, settings);
        await restarted.WaitReadyAsync(client, TimeSpan.FromSeconds(90));
        foreach (var (id, name) in acknowledged)
        {
            var person = await client.GetFromJsonAsync<JsonElement>(new Uri(restarted.BaseAddress, $"/api/persons/{id}"));
            Assert.Equal(name, person.GetProperty("name").GetString());
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var listed = -1;
        while (DateTime.UtcNow < deadline)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(new Uri(restarted.BaseAddress, "/api/persons?town=610921.01&pageSize=100"));
            listed = page.GetProperty("total").GetInt32();
            if (listed == Writes)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(Writes, listed);
    }
}
