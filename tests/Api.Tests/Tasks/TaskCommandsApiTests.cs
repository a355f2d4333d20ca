using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>Task commands through HTTP and what they leave behind: the case history, stored files, refusals, on each backend.</summary>
public abstract class TaskCommandsApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private TaskApiKit? _kit;

    private TaskApiKit Kit => _kit ??= new TaskApiKit(node.Factory);

    [Fact(DisplayName = "Every task command records its actor, and its reason where it has one, in the case history")]
    public async Task Every_command_records_its_actor()
    {
        var (_, intake) = await Kit.StartAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var (second, secondClient) = await Kit.SecondCaseworkerAsync();
        using var colleague = secondClient;
        var supervisor = node.Client;
        var cw = DemoUsers.LoginOf(Roles.Caseworker);
        var sup = DemoUsers.LoginOf(Roles.Supervisor);

        async Task Send(HttpClient client, HttpMethod method, string taskId, string command, object? body)
        {
            using var response = await TaskApiKit.CommandAsync(supervisor, client, method, taskId, command, body);
            Assert.True(response.IsSuccessStatusCode, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await Send(caseworker, HttpMethod.Post, intake, "claim", null);
        await Send(caseworker, HttpMethod.Post, intake, "unclaim", null);
        await Send(supervisor, HttpMethod.Post, intake, "assign", new { assignee = cw });
        await Send(caseworker, HttpMethod.Post, intake, "delegate", new { assignee = second });
        await Send(colleague, HttpMethod.Post, intake, "resolve", null);
        await Send(supervisor, HttpMethod.Put, intake, "due-date", new { dueDate = DateTimeOffset.UtcNow.AddDays(9) });
        await Send(caseworker, HttpMethod.Put, intake, "follow-up-date", new { followUpDate = DateTimeOffset.UtcNow.AddDays(3) });
        await Send(caseworker, HttpMethod.Put, intake, "priority", new { priority = 70 });
        using var commented = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{intake}/comments", new { text = "已电话联系家属" });
        var commentId = (await commented.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var attached = await TaskApiKit.UploadAsync(caseworker, intake, "scan"u8.ToArray(), "王某某身份证.txt", "text/plain");
        var attachmentId = (await attached.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Send(caseworker, HttpMethod.Post, intake, "pause", new { reason = "等待申请人补交户口簿" });
        await Send(caseworker, HttpMethod.Post, intake, "resume", new { reason = "材料已补交" });
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);
        using var returned = await TaskApiKit.CommandAsync(supervisor, caseworker, HttpMethod.Post, review, "return", new { targetElementId = "Intake", reason = "照片缺失" });
        var intakeAgain = (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openTasks")[0].GetProperty("id").GetString()!;
        var reviewAgain = await TaskApiKit.ToReviewAsync(caseworker, intakeAgain);

        using var response = await caseworker.GetAsync(TaskApiKit.Url($"/api/tasks/{reviewAgain}/history"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Select(e => (Kind: Text(e, "kind")!, TaskId: Text(e, "taskId"), Actor: Text(e, "actor"), Detail: Text(e, "detail")))
            .ToArray();
        var commands = history.Where(e => e.Kind is not ("started" or "taskCreated" or "taskCancelled")).Select(e => (e.Kind, e.TaskId, e.Actor)).ToArray();

        Assert.Equal(HttpStatusCode.Created, commented.StatusCode);
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(
            [
                ("taskClaimed", intake, cw), ("taskUnclaimed", intake, cw), ("taskAssigned", intake, sup), ("taskDelegated", intake, cw),
                ("taskResolved", intake, second), ("taskDueDateChanged", intake, sup), ("taskFollowUpDateChanged", intake, cw),
                ("taskPriorityChanged", intake, cw), ("taskCommented", intake, cw), ("taskAttachmentAdded", intake, cw),
                ("taskPaused", intake, cw), ("taskResumed", intake, cw), ("taskCompleted", intake, cw),
                ("taskReturned", review, cw), ("taskCompleted", intakeAgain, cw),
            ],
            commands);
        string? Detail(string kind) => history.Single(e => e.Kind == kind).Detail;
        Assert.Equal(commentId, Detail("taskCommented"));
        Assert.Equal($"{attachmentId} text/plain 4 bytes", Detail("taskAttachmentAdded"));
        Assert.Equal("等待申请人补交户口簿", Detail("taskPaused"));
        Assert.StartsWith("材料已补交 (+", Detail("taskResumed"), StringComparison.Ordinal);
        Assert.Equal("to Intake: 照片缺失", Detail("taskReturned"));
        Assert.DoesNotContain(history, e => e.Detail?.Contains("王某某", StringComparison.Ordinal) == true);
    }

    [Fact(DisplayName = "A file one byte over the limit is 413 ATTACHMENT_TOO_LARGE and nothing is stored or recorded")]
    public async Task Oversize_attachment_stores_nothing()
    {
        var (instanceId, taskId) = await Kit.StartAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var first = await TaskApiKit.UploadAsync(caseworker, taskId, "%PDF-1.4 first"u8.ToArray(), "first.pdf", "application/pdf");
        var before = await ListAttachmentsAsync(caseworker, taskId);
        var oversize = new byte[CaseFlow.Api.Tasks.AttachmentReader.MaxFileBytes + 1];
        "%PDF-1.4 "u8.CopyTo(oversize);
        var atLimit = oversize[..CaseFlow.Api.Tasks.AttachmentReader.MaxFileBytes];

        using var refused = await TaskApiKit.UploadAsync(caseworker, taskId, oversize, "big.pdf", "application/pdf");
        var after = await ListAttachmentsAsync(caseworker, taskId);
        var history = (await Kit.HistoryAsync(instanceId)).Entries;
        using var accepted = await TaskApiKit.UploadAsync(caseworker, taskId, atLimit, "limit.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(CaseFlow.Api.Tasks.TaskErrorCodes.AttachmentTooLarge, await TaskApiKit.CodeOf(refused));
        Assert.Equal(before, after);
        Assert.Single(before);
        Assert.Single(history, e => e.Kind == "taskAttachmentAdded");
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact(DisplayName = "R74: reading a task names the steps it may be returned to: the model's caseflow.return list, none when the model forbids it")]
    public async Task Return_targets_follow_the_model()
    {
        var allowing = new TaskApiKit(node.Factory);
        var forbidding = new TaskApiKit(node.Factory, xml => xml.Replace(
            "name=\"caseflow.return\" value=\"Intake\"", "name=\"caseflow.return\" value=\"none\"", StringComparison.Ordinal));
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var (_, intake) = await allowing.StartAsync();
        var (intakeView, _) = await TaskApiKit.ReadTaskAsync(caseworker, intake);
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);
        var forbidden = await TaskApiKit.ToReviewAsync(caseworker, (await forbidding.StartAsync()).TaskId);

        string[] Targets(JsonElement task) => [.. task.GetProperty("returnTargets").EnumerateArray().Select(t => t.GetString()!)];
        Assert.Empty(Targets(intakeView));
        Assert.Equal(["Intake"], Targets((await TaskApiKit.ReadTaskAsync(caseworker, review)).Body));
        Assert.Empty(Targets((await TaskApiKit.ReadTaskAsync(caseworker, forbidden)).Body));
    }

    [Fact(DisplayName = "R74: a task whose model forbids returning (caseflow.return = none) answers 409 ReturnNotAllowed and stays as it was")]
    public async Task Return_forbidden_by_the_model()
    {
        var kit = new TaskApiKit(node.Factory, xml => xml.Replace(
            "name=\"caseflow.return\" value=\"Intake\"", "name=\"caseflow.return\" value=\"none\"", StringComparison.Ordinal));
        var (instanceId, intake) = await kit.StartAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var review = await TaskApiKit.ToReviewAsync(caseworker, intake);
        var (before, etag) = await TaskApiKit.ReadTaskAsync(caseworker, review);
        var historyBefore = (await kit.HistoryAsync(instanceId)).Entries.Length;

        using var refused = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{review}/return", new { targetElementId = "Intake", reason = "照片缺失" }, etag);
        var (after, etagAfter) = await TaskApiKit.ReadTaskAsync(caseworker, review);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(InstanceErrorCodes.ReturnNotAllowed, await TaskApiKit.CodeOf(refused));
        Assert.Equal(etag, etagAfter);
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(historyBefore, (await kit.HistoryAsync(instanceId)).Entries.Length);
    }

    private static async Task<string[]> ListAttachmentsAsync(HttpClient client, string taskId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks/{taskId}/attachments"))).EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
