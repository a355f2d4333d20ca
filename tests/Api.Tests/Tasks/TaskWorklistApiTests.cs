using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Worklist filters, sorts and paging through HTTP, on each backend: the exact tasks, in the exact order.</summary>
/// <remarks>
/// Four tasks of one business key, so the queries see only them:
/// <list type="table">
/// <item>t1: review process, person P, priority 10, due in 2 days, follow-up an hour ago.</item>
/// <item>t2: review process, petition X, priority 50, due in 4 days, follow-up in 2 days.</item>
/// <item>t3: the home-visit variant (another key, task name "Assess …"), another town, priority 90, no due date.</item>
/// <item>t4: review process, claimed by the town's caseworker, priority 30, due in 3 days.</item>
/// </list>
/// Due dates are two days off or more, so every clock is on track and no warning rung fires during the test.
/// </remarks>
public abstract class TaskWorklistApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string OtherVillage = "610921.02.001";

    [Fact(DisplayName = "Worklist filters return exactly the matching tasks; sorts order several rows with missing values last; pages carry the total")]
    public async Task Filters_sorts_and_paging()
    {
        var bk = "WF-" + Guid.NewGuid().ToString("N")[..8];
        var person = "P-" + bk;
        var petition = "X-" + bk;
        var review = new TaskApiKit(node.Factory);
        var visit = new TaskApiKit(node.Factory, xml => xml.Replace("name=\"Check the application papers\"", "name=\"Assess the home visit\"", StringComparison.Ordinal));
        var supervisor = node.Client;
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var now = DateTimeOffset.UtcNow;
        var (_, t1) = await review.StartAsync(DemoUsers.MemberVillage, bk, personId: person);
        var (_, t2) = await review.StartAsync(DemoUsers.MemberVillage, bk, petitionId: petition);
        var (_, t3) = await visit.StartAsync(OtherVillage, bk);
        var (_, t4) = await review.StartAsync(DemoUsers.MemberVillage, bk);

        async Task Send(HttpClient client, HttpMethod method, string taskId, string command, object? body)
        {
            using var response = await TaskApiKit.CommandAsync(supervisor, client, method, taskId, command, body);
            Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await Send(supervisor, HttpMethod.Put, t1, "due-date", new { dueDate = now.AddDays(2) });
        await Send(supervisor, HttpMethod.Put, t2, "due-date", new { dueDate = now.AddDays(4) });
        await Send(supervisor, HttpMethod.Put, t3, "due-date", new { dueDate = (DateTimeOffset?)null });
        await Send(supervisor, HttpMethod.Put, t4, "due-date", new { dueDate = now.AddDays(3) });
        await Send(supervisor, HttpMethod.Put, t1, "follow-up-date", new { followUpDate = now.AddHours(-1) });
        await Send(supervisor, HttpMethod.Put, t2, "follow-up-date", new { followUpDate = now.AddDays(2) });
        await Send(supervisor, HttpMethod.Put, t1, "priority", new { priority = 10 });
        await Send(supervisor, HttpMethod.Put, t3, "priority", new { priority = 90 });
        await Send(supervisor, HttpMethod.Put, t4, "priority", new { priority = 30 });
        await Send(caseworker, HttpMethod.Post, t4, "claim", null);
        var between = Uri.EscapeDataString(now.AddDays(3.5).ToString("O"));
        var key = (await TaskApiKit.ReadTaskAsync(supervisor, t3)).Body.GetProperty("processKey").GetString();

        // Filters, each sorted by due date so the expected order is fixed.
        Assert.Equal([t1, t4], await IdsAsync(supervisor, $"dueBefore={between}", bk));
        Assert.Equal([t2], await IdsAsync(supervisor, $"dueAfter={between}", bk));
        Assert.Equal([t1], await IdsAsync(supervisor, "followUpDue=true", bk));
        Assert.Equal([t2], await IdsAsync(supervisor, "petitionId=" + petition, bk));
        Assert.Equal([t1], await IdsAsync(supervisor, "personId=" + person, bk));
        Assert.Equal([t3], await IdsAsync(supervisor, "processKey=" + key, bk));
        Assert.Equal([t4, t2], await IdsAsync(supervisor, "priorityMin=30&priorityMax=50", bk));
        Assert.Equal([t1, t4], await IdsAsync(supervisor, "priorityMax=30", bk));
        Assert.Equal([t4], await IdsAsync(supervisor, "assignee=" + DemoUsers.LoginOf(Roles.Caseworker), bk));
        Assert.Equal([t3], await IdsAsync(supervisor, "jurisdiction=610921.02", bk));
        Assert.Equal([t1, t4, t2], await IdsAsync(supervisor, "jurisdiction=" + DemoUsers.CaseworkerTown, bk));
        Assert.Equal([t1, t2, t3], await IdsAsync(supervisor, "unassigned=true", bk));
        Assert.Equal([t4], await IdsAsync(caseworker, "assignedToMe=true", bk));
        Assert.Equal([t1, t2], await IdsAsync(caseworker, "candidateForMe=true", bk));
        Assert.Equal([t1, t4, t2], await IdsAsync(caseworker, string.Empty, bk));

        // Sorts: ties (and missing values, always last) fall back to the task id in the same direction.
        Assert.Equal([t1, t4, t2, t3], await IdsAsync(supervisor, "sort=due", bk));
        Assert.Equal([t2, t4, t1, t3], await IdsAsync(supervisor, "sort=due&order=desc", bk));
        Assert.Equal([t1, t2, t3, t4], await IdsAsync(supervisor, "sort=followUp", bk));
        Assert.Equal([t2, t1, t4, t3], await IdsAsync(supervisor, "sort=followUp&order=desc", bk));
        Assert.Equal([t3, t1, t2, t4], await IdsAsync(supervisor, "sort=name", bk));
        Assert.Equal([t4, t2, t1, t3], await IdsAsync(supervisor, "sort=name&order=desc", bk));
        Assert.Equal([t1, t4, t2, t3], await IdsAsync(supervisor, "sort=priority", bk));
        Assert.Equal([t3, t2, t4, t1], await IdsAsync(supervisor, "sort=priority&order=desc", bk));
        Assert.Equal([t1, t4, t2, t3], await IdsAsync(supervisor, "sort=sla", bk));
        Assert.Equal([t2, t4, t1, t3], await IdsAsync(supervisor, "sort=sla&order=desc", bk));
        Assert.Equal([t1, t2, t4, t3], await IdsAsync(supervisor, "sort=urgency", bk));
        Assert.Equal([t4, t2, t1, t3], await IdsAsync(supervisor, "sort=urgency&order=desc", bk));
        Assert.Equal([t1, t2, t3, t4], await IdsAsync(supervisor, "sort=created", bk));

        // Paging: the second page of one, and the total of all pages.
        var page = await ListAsync(supervisor, "sort=priority&page=2&pageSize=1", bk);
        Assert.Equal([t4], Ids(page));
        Assert.Equal((2, 1, 4), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("total").GetInt32()));
        Assert.Empty(Ids(await ListAsync(supervisor, "sort=priority&page=5&pageSize=1", bk)));
    }

    private async Task<string[]> IdsAsync(HttpClient client, string query, string bk) =>
        Ids(await ListAsync(client, query.Contains("sort=", StringComparison.Ordinal) ? query : query + "&sort=due", bk));

    private async Task<JsonElement> ListAsync(HttpClient client, string query, string bk)
    {
        await node.Factory.WaitForReadModelAsync();
        using var response = await client.GetAsync(TaskApiKit.Url($"/api/tasks?q={bk}&{query}"));
        Assert.True(response.IsSuccessStatusCode, $"{query}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
