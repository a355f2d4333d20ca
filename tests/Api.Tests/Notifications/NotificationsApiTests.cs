using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>The inbox through HTTP on each backend: who gets what, newest first, read marks, and only ever one's own.</summary>
public abstract class NotificationsApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private readonly WorkStarter _work = new(node);

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact(DisplayName = "A new task reaches the caseworkers of its town as taskAvailable, unread, naming the task and process only")]
    public async Task New_task_reaches_the_candidate_group()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        var before = await UnreadAsync(caseworker);

        var instanceId = await _work.StartHomeVisitAsync();

        var page = await caseworker.GetFromJsonAsync<JsonElement>(Url("/api/notifications"));
        var mine = Assert.Single(page.GetProperty("items").EnumerateArray(), n => n.GetProperty("instanceId").GetString() == instanceId);
        Assert.Equal("taskAvailable", mine.GetProperty("kind").GetString());
        Assert.Equal("New task \"入户走访\" in 入户走访 is waiting for your group.", mine.GetProperty("title").GetString());
        Assert.Equal("入户走访", mine.GetProperty("taskName").GetString());
        Assert.Equal(DemoUsers.MemberVillage, mine.GetProperty("jurisdictionCode").GetString());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("readAt").ValueKind);
        Assert.Equal(before + 1, page.GetProperty("unread").GetInt64());
        Assert.Equal(before + 1, await UnreadAsync(caseworker));

        // The village member holds another role, and the supervisor who started it is no candidate.
        var others = await member.GetFromJsonAsync<JsonElement>(Url("/api/notifications"));
        Assert.DoesNotContain(others.GetProperty("items").EnumerateArray(), n => n.GetProperty("instanceId").GetString() == instanceId);
        var supervisor = await node.Client.GetFromJsonAsync<JsonElement>(Url("/api/notifications"));
        Assert.DoesNotContain(supervisor.GetProperty("items").EnumerateArray(), n => n.GetProperty("instanceId").GetString() == instanceId);
    }

    [Fact(DisplayName = "Marking read is idempotent and scoped: another user's notification answers 404 and stays unread")]
    public async Task Mark_read_only_ones_own()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        var instanceId = await _work.StartHomeVisitAsync();
        var id = (await NotificationsOfAsync(caseworker, instanceId)).Single().GetProperty("id").GetInt64();

        using var foreign = await member.PostAsync(Url($"/api/notifications/{id}/read"), null);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("NOTIFICATION_NOT_FOUND", (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Contains(await UnreadItemsAsync(caseworker), n => n.GetProperty("id").GetInt64() == id);

        using var first = await caseworker.PostAsync(Url($"/api/notifications/{id}/read"), null);
        using var again = await caseworker.PostAsync(Url($"/api/notifications/{id}/read"), null);
        using var missing = await caseworker.PostAsync(Url("/api/notifications/999999999/read"), null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain(await UnreadItemsAsync(caseworker), n => n.GetProperty("id").GetInt64() == id);
        var read = (await NotificationsOfAsync(caseworker, instanceId)).Single();
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);
    }

    [Fact(DisplayName = "The inbox pages newest first; read-all up to an id leaves later ones unread; bad paging is 422")]
    public async Task Paging_and_read_all()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        for (var i = 0; i < 3; i++)
        {
            await _work.StartHomeVisitAsync();
        }

        var first = await caseworker.GetFromJsonAsync<JsonElement>(Url("/api/notifications?page=1&pageSize=2"));
        var second = await caseworker.GetFromJsonAsync<JsonElement>(Url("/api/notifications?page=2&pageSize=2"));
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(n => n.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.True(first.GetProperty("total").GetInt64() >= 3);

        using var upTo = await caseworker.PostAsync(Url($"/api/notifications/read-all?upTo={ids[1]}"), null);
        var partial = await upTo.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, upTo.StatusCode);
        Assert.True(partial.GetProperty("marked").GetInt32() >= 2);
        Assert.Equal([ids[0]], (await UnreadItemsAsync(caseworker)).Select(n => n.GetProperty("id").GetInt64()));

        using var all = await caseworker.PostAsync(Url("/api/notifications/read-all"), null);
        Assert.Equal(0, (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unread").GetInt64());
        Assert.Equal(0, await UnreadAsync(caseworker));

        using var bad = await caseworker.GetAsync(Url("/api/notifications?pageSize=0&page=0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("page", out _));
    }

    [Fact(DisplayName = "A read-model rebuild replays every instance yet leaves the inbox as it was, read marks included")]
    public async Task Rebuild_keeps_the_inbox()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var instanceId = await _work.StartHomeVisitAsync();
        var id = (await NotificationsOfAsync(caseworker, instanceId)).Single().GetProperty("id").GetInt64();
        using (await caseworker.PostAsync(Url($"/api/notifications/{id}/read"), null))
        {
        }

        var before = await caseworker.GetStringAsync(Url("/api/notifications?pageSize=200"));

        Assert.True(await node.Factory.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync() > 0);

        Assert.Equal(before, await caseworker.GetStringAsync(Url("/api/notifications?pageSize=200")));
    }

    [Fact(DisplayName = "The inbox needs a token")]
    public async Task Inbox_requires_a_token()
    {
        using var response = await node.Anonymous.GetAsync(Url("/api/notifications"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<long> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(Url("/api/notifications/unread-count"))).GetProperty("unread").GetInt64();

    private static async Task<List<JsonElement>> UnreadItemsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(Url("/api/notifications?unread=true&pageSize=200"))).GetProperty("items").EnumerateArray()];

    private static async Task<List<JsonElement>> NotificationsOfAsync(HttpClient client, string instanceId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(Url("/api/notifications?pageSize=200"))).GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("instanceId").GetString() == instanceId)];
}
