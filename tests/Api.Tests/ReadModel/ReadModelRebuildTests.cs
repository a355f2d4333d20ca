using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.ReadModel;

/// <summary>The rebuild command restores a damaged read model from stored state alone.</summary>
public abstract class ReadModelRebuildTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task Rebuild_restores_people_and_history_from_stored_state()
    {
        // Arrange: three people, one of them updated, all projected.
        var client = node.Client;
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), TestPersons.Request(800 + i, "重建" + i, "610921.05", "610921.05.003"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        await node.Factory.WaitForReadModelAsync();
        var before = await ListAsync(client);

        // Damage the read model: lose the rows and the checkpoints.
        var database = node.Factory.Services.GetRequiredService<CaseFlowDatabase>();
        await ExecuteAsync(database, "DELETE FROM rm_persons WHERE village_code = '610921.05.003'");
        await ExecuteAsync(database, "DELETE FROM rm_case_events");
        Assert.Equal(0, (await ListAsync(client)).GetProperty("total").GetInt32());

        // Act
        var replayed = await node.Factory.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync();

        // Assert: every stored snapshot replayed, and the list is what it was.
        Assert.True(replayed >= 3);
        var after = await ListAsync(client);
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(3, await CountAsync(database, "SELECT COUNT(*) FROM rm_case_events WHERE person_id IN (@a, @b, @c)", ids));
    }

    private static async Task<JsonElement> ListAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(new Uri("/api/persons?village=610921.05.003", UriKind.Relative));

    private static async Task ExecuteAsync(CaseFlowDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(CaseFlowDatabase database, string sql, List<string> ids)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("a", ids[0]).AddParameter("b", ids[1]).AddParameter("c", ids[2]);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
