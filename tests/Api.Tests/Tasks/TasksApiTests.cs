using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>The caseworker task API end to end through HTTP, on each backend (issue 4: worklist, commands, forms, SLA).</summary>
public abstract class TasksApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string OtherTown = "610921.02";

    private TaskApiKit? _kit;

    private TaskApiKit Kit => _kit ??= new TaskApiKit(node.Factory);

    private Task<HttpClient> AsAsync(string role) => node.Factory.CreateClientAsAsync(role);

    private async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        await node.Factory.WaitForReadModelAsync();
        using var response = await client.GetAsync(TaskApiKit.Url("/api/tasks?" + query));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    [Fact(DisplayName = "The worklist shows a town's tasks to its caseworker with SLA, hides other towns' tasks, and shows assessors only what is put to them")]
    public async Task Worklist_visibility_and_sla()
    {
        var bk = "WL-" + Guid.NewGuid().ToString("N")[..8];
        var (_, mine) = await Kit.StartAsync(DemoUsers.MemberVillage, bk);
        var (_, elsewhere) = await Kit.StartAsync(OtherTown + ".001", bk);
        using var caseworker = await AsAsync(Roles.Caseworker);
        using var assessor = await AsAsync(Roles.Assessor);
        using var admin = await AsAsync(Roles.Admin);

        var page = await ListAsync(caseworker, "q=" + bk);
        var candidate = await ListAsync(caseworker, "candidateForMe=true&q=" + bk);
        var supervisor = await ListAsync(node.Client, "q=" + bk + "&sort=created");

        Assert.Equal([mine], Ids(page));
        Assert.Equal([mine], Ids(candidate));
        Assert.Equal([mine, elsewhere], Ids(supervisor));
        var row = page.GetProperty("items")[0];
        Assert.Equal("on_track", row.GetProperty("sla").GetProperty("status").GetString());
        Assert.True(row.GetProperty("sla").GetProperty("warnAt").GetDateTimeOffset() < row.GetProperty("sla").GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(DemoUsers.MemberVillage, row.GetProperty("jurisdictionCode").GetString());
        Assert.Empty(Ids(await ListAsync(assessor, "q=" + bk)));
        Assert.Empty(Ids(await ListAsync(admin, "q=" + bk)));
        using var hidden = await caseworker.GetAsync(TaskApiKit.Url("/api/tasks/" + elsewhere));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        var (_, etag) = await TaskApiKit.ReadTaskAsync(node.Client, mine);
        using var assigned = await TaskApiKit.PostAsync(node.Client, $"/api/tasks/{mine}/assign", new { assignee = DemoUsers.LoginOf(Roles.Assessor) }, etag);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal([mine], Ids(await ListAsync(assessor, "assignedToMe=true&q=" + bk)));
    }

    [Fact(DisplayName = "Claim needs If-Match (428), refuses a stale ETag (412), answers a new ETag, and a second claimant gets TaskAlreadyClaimed (409)")]
    public async Task Claim_with_if_match()
    {
        var (_, taskId) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);

        using var without = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/claim", null);
        using var claimed = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/claim", null, etag);
        using var stale = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/unclaim", null, etag);
        var (_, fresh) = await TaskApiKit.ReadTaskAsync(node.Client, taskId);
        using var second = await TaskApiKit.PostAsync(node.Client, $"/api/tasks/{taskId}/claim", null, fresh);

        Assert.Equal(HttpStatusCode.PreconditionRequired, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.NotEqual(etag, claimed.Headers.ETag?.Tag);
        Assert.Equal(DemoUsers.LoginOf(Roles.Caseworker), (await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignee").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(InstanceErrorCodes.TaskVersionMismatch, await TaskApiKit.CodeOf(stale));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(InstanceErrorCodes.TaskAlreadyClaimed, await TaskApiKit.CodeOf(second));
    }

    [Fact(DisplayName = "A village member may not assign; only a supervisor may move the due date, which moves the SLA")]
    public async Task Role_checks_and_due_date()
    {
        var (_, taskId) = await Kit.StartAsync();
        using var member = await AsAsync(Roles.VillageMember);
        using var caseworker = await AsAsync(Roles.Caseworker);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(member, taskId);
        var due = DateTimeOffset.UtcNow.AddDays(1);

        using var assign = await TaskApiKit.PostAsync(member, $"/api/tasks/{taskId}/assign", new { assignee = "x" }, etag);
        using var byCaseworker = await TaskApiKit.SendAsync(caseworker, HttpMethod.Put, $"/api/tasks/{taskId}/due-date", new { dueDate = due }, etag);
        using var bySupervisor = await TaskApiKit.SendAsync(node.Client, HttpMethod.Put, $"/api/tasks/{taskId}/due-date", new { dueDate = due }, etag);
        using var priority = await TaskApiKit.SendAsync(caseworker, HttpMethod.Put, $"/api/tasks/{taskId}/priority", new { priority = 101 }, bySupervisor.Headers.ETag?.Tag);

        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySupervisor.StatusCode);
        var sla = (await bySupervisor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sla");
        Assert.Equal(due, sla.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("at_risk", sla.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, priority.StatusCode);
        Assert.Equal(InstanceErrorCodes.TaskCommandInvalid, await TaskApiKit.CodeOf(priority));
    }

    [Fact(DisplayName = "Two caseworkers complete the same task at the same moment: exactly one succeeds, the other gets 409")]
    public async Task Concurrent_completion()
    {
        var (instanceId, taskId) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var (colleagueLogin, colleagueClient) = await Kit.SecondCaseworkerAsync();
        using var colleague = colleagueClient;
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        var (_, colleagueEtag) = await TaskApiKit.ReadTaskAsync(colleague, taskId);

        // Both are candidates of the unassigned task by the same group in the same town, read the same revision and
        // complete it without claiming first.
        var responses = await Task.WhenAll(
            TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { }, etag),
            TaskApiKit.PostAsync(colleague, $"/api/tasks/{taskId}/complete", new { }, colleagueEtag));

        var statuses = responses.Select(r => r.StatusCode).Order().ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var conflict = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(InstanceErrorCodes.TaskNotActive, await TaskApiKit.CodeOf(conflict));
        Assert.Equal(etag, colleagueEtag);
        var completed = Assert.Single((await Kit.HistoryAsync(instanceId)).Entries, e => e.Kind == InstanceHistoryKinds.TaskCompleted);
        Assert.Contains(completed.Actor, new[] { DemoUsers.LoginOf(Roles.Caseworker), colleagueLogin });
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact(DisplayName = "The same POST twice with one Idempotency-Key has one effect: one completion, one comment")]
    public async Task Idempotent_posts()
    {
        var (instanceId, taskId) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        var commentKey = Guid.NewGuid().ToString("N");
        var completeKey = Guid.NewGuid().ToString("N");

        using var comment1 = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/comments", new { text = "family reached by phone" }, idempotencyKey: commentKey);
        using var comment2 = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/comments", new { text = "family reached by phone" }, idempotencyKey: commentKey);
        using var complete1 = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { }, etag, completeKey);
        using var complete2 = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { }, etag, completeKey);
        var history = await Kit.HistoryAsync(instanceId);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (comment1.StatusCode, comment2.StatusCode));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (complete1.StatusCode, complete2.StatusCode));
        Assert.Equal(await complete1.Content.ReadAsStringAsync(), await complete2.Content.ReadAsStringAsync());
        Assert.Single(history.Entries, e => e.Kind == InstanceHistoryKinds.TaskCommented);
        Assert.Single(history.Entries, e => e.Kind == InstanceHistoryKinds.TaskCompleted);
        Assert.Single(history.Entries, e => e.Kind == InstanceHistoryKinds.TaskCreated && e.ElementId == "Review");
    }

    [Fact(DisplayName = "A return (退回) with a reason, then a new completion: the history shows the return and both completions")]
    public async Task Return_then_complete_again()
    {
        var (_, intake) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, review);

        using var noReason = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{review}/return", new { targetElementId = "Intake" }, etag);
        using var returned = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{review}/return", new { targetElementId = "Intake", reason = "照片缺失" }, etag);
        var intakeAgain = (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openTasks")[0].GetProperty("id").GetString()!;
        var reviewAgain = await TaskApiKit.ToReviewAsync(caseworker, intakeAgain);
        using var history = await caseworker.GetAsync(TaskApiKit.Url($"/api/tasks/{reviewAgain}/history"));
        var entries = (await history.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        using var gone = await caseworker.GetAsync(TaskApiKit.Url("/api/tasks/" + review));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.NotEqual(intake, intakeAgain);
        var back = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "taskReturned");
        Assert.Equal("to Intake: 照片缺失", back.GetProperty("detail").GetString());
        Assert.Equal(DemoUsers.LoginOf(Roles.Caseworker), back.GetProperty("actor").GetString());
        Assert.Equal(2, entries.Count(e => e.GetProperty("kind").GetString() == "taskCompleted" && e.GetProperty("elementId").GetString() == "Intake"));
        Assert.Equal(HttpStatusCode.Conflict, gone.StatusCode);
    }

    [Fact(DisplayName = "Completion is validated against the form on the server: 422 with one error per field")]
    public async Task Form_validation()
    {
        var (_, intake) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, review);

        using var invalid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{review}/complete",
            new { variables = new { visits = 11, note = new string('x', 21) } }, etag);
        using var valid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{review}/complete",
            new { variables = new { decision = "approve", visits = 2 } }, etag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(InstanceErrorCodes.FormInvalid, problem.GetProperty("code").GetString());
        Assert.Equal(["decision", "note", "visits"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal("FIELD_RANGE", problem.GetProperty("fieldErrors").EnumerateArray().Single(e => e.GetProperty("field").GetString() == "visits").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("completed", (await valid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceStatus").GetString());
    }

    [Fact(DisplayName = "GET form returns the formData schema with constraints and current values; a task without a form says so")]
    public async Task Form_schema()
    {
        var (_, intake) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        var intakeForm = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{intake}/form"));
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);

        var form = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{review}/form"));

        Assert.Equal("none", intakeForm.GetProperty("kind").GetString());
        Assert.Equal("formData", form.GetProperty("kind").GetString());
        var fields = form.GetProperty("fields").EnumerateArray().ToArray();
        Assert.Equal(["decision", "visits", "note"], fields.Select(f => f.GetProperty("id").GetString()!).ToArray());
        Assert.True(fields[0].GetProperty("required").GetBoolean());
        Assert.Equal(["approve", "reject"], fields[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(10, fields[1].GetProperty("max").GetInt64());
        Assert.Equal("1", fields[1].GetProperty("defaultValue").GetString());
        Assert.Equal(20, fields[2].GetProperty("maxLength").GetInt64());
        Assert.Equal(JsonValueKind.Object, form.GetProperty("values").ValueKind);
    }

    [Fact(DisplayName = "Malformed task requests (odd ids, bad queries, broken bodies) are 4xx with a code, never 5xx")]
    public async Task Malformed_requests_are_refused_cleanly()
    {
        var (_, taskId) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        string[] gets =
        [
            "/api/tasks/nope", "/api/tasks/I:t1", "/api/tasks/" + new string('I', 300), "/api/tasks/..%2F..%2Fetc", "/api/tasks/Ixyz:t1/form",
            "/api/tasks?page=0", "/api/tasks?pageSize=1000", "/api/tasks?sort=evil", "/api/tasks?order=up", "/api/tasks?sla=late",
            "/api/tasks?dueBefore=tomorrow", "/api/tasks?priorityMin=-5", "/api/tasks?overdue=maybe", "/api/tasks?filter=F0",
            $"/api/tasks/{taskId}/attachments/A0", "/api/tasks?q=" + new string('%', 300),
        ];
        foreach (var path in gets)
        {
            using var response = await caseworker.GetAsync(TaskApiKit.Url(path));
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
            Assert.False(string.IsNullOrEmpty(await TaskApiKit.CodeOf(response)), path);
        }

        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        foreach (var (path, body) in new (string, string)[]
        {
            ($"/api/tasks/{taskId}/complete", "{"), ($"/api/tasks/{taskId}/complete", "{\"variables\": [1]}"),
            ($"/api/tasks/{taskId}/assign", "{\"assignee\": 5}"), ($"/api/tasks/{taskId}/return", "{}"),
            ($"/api/tasks/{taskId}/comments", "{\"text\": \"" + new string('x', 5000) + "\"}"), ("/api/tasks/filters", "[]"),
            ($"/api/tasks/{taskId}/attachments", "{}"),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, TaskApiKit.Url(path)) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag!));
            using var response = await caseworker.SendAsync(request);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} {body[..Math.Min(20, body.Length)]}: {(int)response.StatusCode}");
        }
    }

    [Fact(DisplayName = "Attachments: a PNG is stored and served back with a safe name; wrong or lying content types are 415")]
    public async Task Attachments()
    {
        var (_, taskId) = await Kit.StartAsync();
        using var caseworker = await AsAsync(Roles.Caseworker);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        using var stored = await TaskApiKit.UploadAsync(caseworker, taskId, png, "../../etc/证件照.png", "image/png");
        using var lying = await TaskApiKit.UploadAsync(caseworker, taskId, png, "scan.pdf", "application/pdf");
        using var binary = await TaskApiKit.UploadAsync(caseworker, taskId, [0x4D, 0x5A, 0x90, 0x00, 0x03], "tool.exe", "application/octet-stream");
        var list = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{taskId}/attachments"));
        var attachment = Assert.Single(list.EnumerateArray());
        using var download = await caseworker.GetAsync(TaskApiKit.Url($"/api/tasks/{taskId}/attachments/{attachment.GetProperty("id").GetString()}"));

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("证件照.png", attachment.GetProperty("fileName").GetString());
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, lying.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, binary.StatusCode);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact(DisplayName = "Saved filters belong to the caller and carry a count; the list can start from one")]
    public async Task Saved_filters()
    {
        var bk = "SF-" + Guid.NewGuid().ToString("N")[..8];
        var (_, taskId) = await Kit.StartAsync(DemoUsers.MemberVillage, bk);
        await Kit.StartAsync(DemoUsers.MemberVillage, bk);
        using var caseworker = await AsAsync(Roles.Caseworker);
        await node.Factory.WaitForReadModelAsync();

        using var saved = await TaskApiKit.PostAsync(caseworker, "/api/tasks/filters", new { name = "mine " + bk, filter = new { q = bk, unassigned = true } });
        using var duplicate = await TaskApiKit.PostAsync(caseworker, "/api/tasks/filters", new { name = "mine " + bk, filter = new { q = bk } });
        using var badSla = await TaskApiKit.PostAsync(caseworker, "/api/tasks/filters", new { name = "bad " + bk, filter = new { sla = "late" } });
        var filterId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        using var claimed = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/claim", null, etag);
        var filters = await ListFiltersAsync(caseworker);
        var fromFilter = await ListAsync(caseworker, "filter=" + filterId);
        var supervisorsFilters = await ListFiltersAsync(node.Client);

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badSla.StatusCode);
        Assert.Equal(1, filters.EnumerateArray().Single(f => f.GetProperty("id").GetString() == filterId).GetProperty("count").GetInt32());
        Assert.Equal(1, fromFilter.GetProperty("total").GetInt32());
        Assert.DoesNotContain(supervisorsFilters.EnumerateArray(), f => f.GetProperty("id").GetString() == filterId);
    }

    [Fact(DisplayName = "rebuild-read-model refills rm_tasks from stored instances: the worklist is what it was")]
    public async Task Rebuild_restores_the_worklist()
    {
        var bk = "RB-" + Guid.NewGuid().ToString("N")[..8];
        await Kit.StartAsync(DemoUsers.MemberVillage, bk);
        await Kit.StartAsync(OtherTown + ".003", bk);
        var before = await ListAsync(node.Client, "q=" + bk);
        var database = node.Factory.Services.GetRequiredService<CaseFlowDatabase>();
        await using (var connection = await database.OpenAsync())
        await using (var delete = connection.CreateCommand("DELETE FROM rm_tasks", null))
        {
            await delete.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, (await ListAsync(node.Client, "q=" + bk)).GetProperty("total").GetInt32());

        await node.Factory.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync();

        var after = await ListAsync(node.Client, "q=" + bk);
        Assert.Equal(2, after.GetProperty("total").GetInt32());
        Assert.Equal(Ids(before), Ids(after));
        Assert.Equal(
            before.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sla").GetProperty("dueAt").GetString()),
            after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sla").GetProperty("dueAt").GetString()));
    }

    [Fact(DisplayName = "The OpenAPI document lists every task endpoint under its operation id")]
    public async Task OpenApi_lists_the_task_endpoints()
    {
        var document = await node.Client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/openapi/v1.json"));
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/tasks", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _)))
            .Select(o => o.Value.GetProperty("operationId").GetString()!)
            .ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "ListTasks", "ListTaskFilters", "SaveTaskFilter", "DeleteTaskFilter", "GetTask", "GetTaskHistory", "ClaimTask", "UnclaimTask",
            "AssignTask", "DelegateTask", "ResolveTask", "SetTaskDueDate", "SetTaskFollowUpDate", "SetTaskPriority", "CompleteTask",
            "ReturnTask", "ListTaskComments", "AddTaskComment", "ListTaskAttachments", "AddTaskAttachment", "GetTaskAttachment", "GetTaskForm",
        ];
        Assert.Empty(expected.Except(operations));
    }

    private async Task<JsonElement> ListFiltersAsync(HttpClient client)
    {
        await node.Factory.WaitForReadModelAsync();
        return await client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/api/tasks/filters"));
    }
}
