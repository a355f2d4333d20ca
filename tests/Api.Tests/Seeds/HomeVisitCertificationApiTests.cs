using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Seeds;

/// <summary>
/// The shipped 上门办证 process on a fresh node: published by the seed, then driven through REST by each role in turn
/// until the certificate appears on the person's case file.
/// </summary>
public abstract class HomeVisitCertificationApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Key = "home_visit_certification";

    private static int _next = 47_000;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact(DisplayName = "A fresh node lists every seeded process, home-visit certification first of all, as published")]
    public async Task Seeded_process_is_published()
    {
        await node.Factory.WaitForReadModelAsync();
        var list = await node.Client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/api/processes"));

        var item = Assert.Single(list.EnumerateArray(), p => p.GetProperty("key").GetString() == Key);
        Assert.Equal("上门办证", item.GetProperty("name").GetString());
        Assert.Equal(1, item.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(1, item.GetProperty("versionCount").GetInt32());
        // Each shipped file is named after its process key, with hyphens for underscores.
        Assert.All(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "processes"), "*.bpmn"), file =>
            Assert.Contains(list.EnumerateArray(), p => p.GetProperty("publishedVersion").ValueKind == JsonValueKind.Number
                && file.Replace('-', '_').EndsWith(p.GetProperty("key").GetString() + ".bpmn", StringComparison.Ordinal)));
    }

    [Fact(DisplayName = "上门办证 runs from application to certificate through the task API, refusing a form without a required field")]
    public async Task Home_visit_certification_end_to_end()
    {
        using var created = await node.Client.PostAsJsonAsync(TaskApiKit.Url("/api/persons"),
            TestPersons.Request(Interlocked.Increment(ref _next), "上门办证", DemoUsers.CaseworkerTown, DemoUsers.MemberVillage));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        using var assessor = await node.Factory.CreateClientAsAsync(Roles.Assessor);
        var supervisor = node.Client;

        using var started = await caseworker.PostAsJsonAsync(TaskApiKit.Url("/api/instances"), new { processKey = Key, personId = person });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        var instance = await started.Content.ReadFromJsonAsync<JsonElement>();
        var instanceId = instance.GetProperty("instanceId").GetString()!;
        var task = instance.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;

        task = await CompleteAsync(caseworker, task, "Task_Collect", new { homeVisitReason = "卧床，无法到县评定", photosTaken = true });
        task = await CompleteAsync(caseworker, task, "Task_Accept", new { accepted = true });
        task = await CompleteAsync(supervisor, task, "Task_Schedule", new { assessmentDate = Day(3), assessorInstitution = "县人民医院", assessorLogin = DemoUsers.LoginOf(Roles.Assessor) });

        var (_, etag) = await TaskApiKit.ReadTaskAsync(assessor, task);
        using var missingGrade = await TaskApiKit.PostAsync(assessor, $"/api/tasks/{task}/complete",
            new { variables = new { category = "Physical", meetsStandard = true } }, etag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingGrade.StatusCode);
        Assert.Contains("grade", await missingGrade.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        task = await CompleteAsync(assessor, task, "Task_Assess", new { category = "Physical", grade = 2, meetsStandard = true });
        task = await CompleteAsync(member, task, "Task_Notice", new { noticePostedOn = Day(-2), objectionsReceived = false });
        task = await CompleteAsync(supervisor, task, "Task_Review", new { approved = true });
        var outcome = await CompleteOutcomeAsync(supervisor, task, "Task_Produce",
            new { issueDate = Day(-1), issuingBody = "汉阴县残疾人联合会", cardGeneration = 3 });

        Assert.Empty(outcome.GetProperty("openTasks").EnumerateArray());
        Assert.Equal("completed", await FinalStatusAsync(instanceId));
        var file = await supervisor.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/persons/{person}/case-file"));
        var certificate = file.GetProperty("certificate");
        Assert.Equal("Physical", certificate.GetProperty("category").GetString());
        Assert.Equal(2, certificate.GetProperty("grade").GetInt32());
        Assert.Equal("Valid", certificate.GetProperty("status").GetString());
        Assert.Equal(Day(-1), certificate.GetProperty("issueDate").GetString());
        Assert.EndsWith("42", certificate.GetProperty("numberMasked").GetString(), StringComparison.Ordinal);
        var history = await supervisor.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/instances/{instanceId}/history"));
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("elementId").ValueKind == JsonValueKind.String
            && e.GetProperty("elementId").GetString() == "Task_Issue");
    }

    /// <summary>
    /// Completes <paramref name="taskId"/> (asserting it is <paramref name="elementId"/>) and returns the instance's single
    /// next task, read as the supervisor: the completion answer lists only the tasks the completing user may see.
    /// </summary>
    private async Task<string> CompleteAsync(HttpClient client, string taskId, string elementId, object variables)
    {
        var outcome = await CompleteOutcomeAsync(client, taskId, elementId, variables);
        var instanceId = outcome.GetProperty("instanceId").GetString();
        var view = await node.Client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/instances/{instanceId}"));
        return Assert.Single(view.GetProperty("tasks").EnumerateArray()).GetProperty("taskId").GetString()!;
    }

    /// <summary>
    /// The instance's status once it leaves <c>active</c>, or <c>active</c> after 20 s: the certificate service task
    /// runs as a job on the node's real clock just after the completing turn, so this polls rather than reads once.
    /// </summary>
    private async Task<string?> FinalStatusAsync(string instanceId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var view = await node.Client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/instances/{instanceId}"));
            var status = view.GetProperty("status").GetString();
            if (status != "active" || deadline.IsCancellationRequested)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

    private static async Task<JsonElement> CompleteOutcomeAsync(HttpClient client, string taskId, string elementId, object variables)
    {
        var (body, etag) = await TaskApiKit.ReadTaskAsync(client, taskId);
        Assert.Equal(elementId, body.GetProperty("elementId").GetString());
        using var completed = await TaskApiKit.PostAsync(client, $"/api/tasks/{taskId}/complete", new { variables }, etag);
        Assert.True(completed.IsSuccessStatusCode, $"{elementId}: {(int)completed.StatusCode} {await completed.Content.ReadAsStringAsync()}");
        return await completed.Content.ReadFromJsonAsync<JsonElement>();
    }
}
