// Compiled at test time together with the client NSwag generates from the running node's /openapi/v1.json (see
// GeneratedClientTests); it is written only against the generated types, as an integrator's code would be.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace CaseFlow.Generated;

public static class ClientFlows
{
    private const string Caseworker = "caseworker.chengguan";

    public static async Task<IReadOnlyList<string>> RunAsync(
        HttpClient http, string password, string idNumber, string processXml, string processKey, string reviewXml, string reviewKey, Func<Task> readModelCaughtUp)
    {
        var steps = new List<string>();
        var client = new CaseFlowClient(http);

        // The integrator's basics: sign in, a person with idempotency and optimistic concurrency, a process, the inbox.
        var caseworker = await SignInAsync(client, http, Caseworker, password);
        steps.Add("signed in");
        var personId = await RegisterPersonTwiceWithOneKeyAsync(client, idNumber);
        steps.Add("registered");
        var etag = await ReadPersonAsync(client, personId);
        steps.Add("read with etag");
        var staleEtag = etag;
        await UpdatePersonAsync(client, personId, etag);
        steps.Add("updated with if-match");
        await HaveAStaleUpdateRefusedAsync(client, personId, staleEtag);
        steps.Add("stale if-match refused");

        var supervisor = await SignInAsync(client, http, "supervisor", password);
        await DeployAndPublishAsync(client, processXml, processKey);
        await readModelCaughtUp();
        var processes = await client.ListProcessesAsync();
        Check(processes.Result.Any(p => p.Key == processKey), "the published process is listed");
        steps.Add("processes listed");

        UseToken(http, caseworker);
        await ClaimAndCompleteAHomeVisitAsync(client, processKey, personId, readModelCaughtUp);
        steps.Add("task claimed and completed");
        await ReadTheInboxAsync(client);
        steps.Add("notifications read");

        // A caseworker's day on a two-step review (Intake, then Review with a form; Review may be returned to Intake).
        UseToken(http, supervisor);
        await DeployAndPublishAsync(client, reviewXml, reviewKey);
        UseToken(http, caseworker);
        var instanceId = await StartACaseAsync(client, reviewKey, personId);
        await readModelCaughtUp();

        await SaveMyWorklistFilterAsync(client, reviewKey);
        steps.Add("filter saved and counted");
        var intake = await FindMyNewTaskWithItsDeadlineAsync(client, reviewKey, instanceId);
        steps.Add("worklist shows deadlines");
        var intakeEtag = await ClaimAsync(client, intake);
        await readModelCaughtUp();
        await FindItAmongMyTasksAsync(client, reviewKey, intake);
        steps.Add("claimed and listed as mine");

        var review = await CompleteAsync(client, intake, intakeEtag, Variables(("note", "材料齐全")), expectedNext: "Review");
        var reviewEtag = await ClaimAsync(client, review);
        await ReadTheReviewFormAsync(client, review);
        steps.Add("form read");
        await HaveAnIncompleteFormRefusedAsync(client, review, reviewEtag);
        steps.Add("invalid form refused per field");

        var intakeAgain = await SendBackToIntakeAsync(client, review, reviewEtag, "户口本复印件缺失");
        steps.Add("returned with a reason");
        await CommentAndAttachAsync(client, intakeAgain);
        steps.Add("comment and attachment added");

        var reviewAgain = await CompleteAsync(client, intakeAgain, await EtagOfAsync(client, intakeAgain), variables: null, expectedNext: "Review");
        await ReadTheHistoryAsync(client, reviewAgain, "户口本复印件缺失");
        steps.Add("history shows the return and the completion");
        await DecideAsync(client, reviewAgain);
        steps.Add("form completed");
        return steps;
    }

    private static async Task<string> SignInAsync(CaseFlowClient client, HttpClient http, string login, string password)
    {
        var token = await client.IssueTokenAsync(new TokenRequest { Login = login, Password = password });
        UseToken(http, token.Result.AccessToken);
        return token.Result.AccessToken;
    }

    private static void UseToken(HttpClient http, string token) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    /// <summary>Registers a person once even though the request is sent twice with the same Idempotency-Key.</summary>
    private static async Task<string> RegisterPersonTwiceWithOneKeyAsync(CaseFlowClient client, string idNumber)
    {
        var request = new RegisterPersonRequest
        {
            Name = "生成客户端", IdNumber = idNumber, TownCode = "610921.01", VillageCode = "610921.01.003", Phone = "13800001234",
        };
        var key = Guid.NewGuid().ToString("N");
        var registered = await client.RegisterPersonAsync(request, key);
        var replayed = await client.RegisterPersonAsync(request, key);
        Check(registered.StatusCode == 201 && replayed.Result.Id == registered.Result.Id, "register with an idempotency key");
        Check(registered.Result.IdNumberMasked.Contains("**********", StringComparison.Ordinal), "the ID number comes back masked");
        return registered.Result.Id;
    }

    private static async Task<string> ReadPersonAsync(CaseFlowClient client, string personId)
    {
        var read = await client.GetPersonAsync(personId);
        Check(read.Result.Name == "生成客户端" && read.Result.PhoneMasked == "138****1234", "read back");
        return read.Headers["ETag"].Single();
    }

    private static async Task UpdatePersonAsync(CaseFlowClient client, string personId, string etag)
    {
        var updated = await client.UpdatePersonAsync(personId, etag, new UpdatePersonRequest { Name = "生成客户端乙" });
        Check(updated.Result.Name == "生成客户端乙" && updated.Headers["ETag"].Single() != etag, "update with If-Match");
    }

    private static async Task HaveAStaleUpdateRefusedAsync(CaseFlowClient client, string personId, string staleEtag)
    {
        try
        {
            await client.UpdatePersonAsync(personId, staleEtag, new UpdatePersonRequest { Name = "过期" });
            throw new InvalidOperationException("a stale If-Match was accepted");
        }
        catch (ApiException<ProblemDetails> problem) when (problem.StatusCode == 412 && problem.Result.Code == "VERSION_MISMATCH")
        {
        }
    }

    private static async Task DeployAndPublishAsync(CaseFlowClient client, string xml, string key)
    {
        var deployed = await client.DeployProcessAsync(xml);
        await client.PublishProcessVersionAsync(key, deployed.Result.Processes.Single().Version);
    }

    /// <summary>Starts the process for the person, finds the task in the worklist, claims and completes it with the ETags just read.</summary>
    private static async Task ClaimAndCompleteAHomeVisitAsync(CaseFlowClient client, string processKey, string personId, Func<Task> readModelCaughtUp)
    {
        var started = await client.StartInstanceAsync(new StartInstanceRequest { ProcessKey = processKey, PersonId = personId }, Guid.NewGuid().ToString("N"));
        await readModelCaughtUp();
        var worklist = await client.ListTasksAsync(candidateForMe: true, processKey: processKey);
        var item = worklist.Result.Items.Single(t => t.InstanceId == started.Result.InstanceId);
        var claimed = await client.ClaimTaskAsync(item.Id, if_Match: await EtagOfAsync(client, item.Id));
        await client.CompleteTaskAsync(id: item.Id, if_Match: claimed.Headers["ETag"].Single(), body: new CompleteRequest());
        var instance = await client.GetInstanceAsync(started.Result.InstanceId);
        Check(instance.Result.Tasks.All(t => t.TaskId != item.Id), "the completed task is no longer open");
    }

    /// <summary>The inbox, one notification marked read, the unread count down by one, then all read.</summary>
    private static async Task ReadTheInboxAsync(CaseFlowClient client)
    {
        var inbox = await client.ListNotificationsAsync(unread: true, page: 1, pageSize: 20);
        var first = inbox.Result.Items.First(n => n.Kind == "taskAvailable");
        await client.MarkNotificationReadAsync(first.Id);
        var count = await client.CountUnreadNotificationsAsync();
        Check(count.Result.Unread == inbox.Result.Unread - 1, "marking read lowers the unread count");
        var all = await client.MarkAllNotificationsReadAsync();
        Check(all.Result.Unread == 0, "read-all leaves nothing unread");
    }

    private static async Task<string> StartACaseAsync(CaseFlowClient client, string processKey, string personId)
    {
        var started = await client.StartInstanceAsync(
            new StartInstanceRequest { ProcessKey = processKey, PersonId = personId, BusinessKey = "GC-" + Guid.NewGuid().ToString("N")[..8] },
            Guid.NewGuid().ToString("N"));
        return started.Result.InstanceId;
    }

    /// <summary>Saves "what I could take on in this process" and sees it listed with the one task it matches now.</summary>
    private static async Task SaveMyWorklistFilterAsync(CaseFlowClient client, string processKey)
    {
        var name = "可领取 " + processKey;
        var saved = await client.SaveTaskFilterAsync(new SaveFilterRequest { Name = name, Filter = new TaskFilter { CandidateForMe = true, ProcessKey = processKey } });
        Check(saved.StatusCode == 201 && saved.Result.Count == 1, "the saved filter counts the one new task");
        var filters = await client.ListTaskFiltersAsync();
        var listed = filters.Result.Single(f => f.Id == saved.Result.Id);
        Check(listed.Name == name && listed.Count == 1 && listed.Filter.ProcessKey == processKey, "the saved filter is listed with its count");
        var throughFilter = await client.ListTasksAsync(filter: saved.Result.Id);
        Check(throughFilter.Result.Total == 1, "the worklist starts from the saved filter");
    }

    /// <summary>Finds the Intake task among tasks on track that the caseworker may take, with its deadline and warning time.</summary>
    private static async Task<string> FindMyNewTaskWithItsDeadlineAsync(CaseFlowClient client, string processKey, string instanceId)
    {
        var worklist = await client.ListTasksAsync(candidateForMe: true, processKey: processKey, sla: "on_track", sort: "due");
        var task = worklist.Result.Items.Single(t => t.InstanceId == instanceId);
        Check(task.ElementId == "Intake" && task.Assignee == null, "the new task is unassigned Intake");
        Check(task.Sla.Status == "on_track", "the new task is on track");
        Check(task.Sla.DueAt is { } due && task.DueAt == due && due > task.CreatedAt, "the task with a deadline shows it");
        Check(task.Sla.WarnAt is { } warn && warn > task.CreatedAt && warn < task.Sla.DueAt, "the warning comes before the deadline");
        var overdue = await client.ListTasksAsync(candidateForMe: true, processKey: processKey, sla: "overdue");
        Check(overdue.Result.Items.All(t => t.InstanceId != instanceId), "a task on track is not listed as overdue");
        return task.Id;
    }

    private static async Task FindItAmongMyTasksAsync(CaseFlowClient client, string processKey, string taskId)
    {
        var mine = await client.ListTasksAsync(assignedToMe: true, processKey: processKey);
        Check(mine.Result.Items.Single(t => t.Id == taskId).Assignee == Caseworker, "the claimed task is listed as mine");
    }

    /// <summary>Claims the task with the ETag just read; answers the ETag after the claim.</summary>
    private static async Task<string> ClaimAsync(CaseFlowClient client, string taskId)
    {
        var claimed = await client.ClaimTaskAsync(taskId, if_Match: await EtagOfAsync(client, taskId));
        Check(claimed.Result.Assignee == Caseworker, "the claim makes the caseworker the assignee");
        return claimed.Headers["ETag"].Single();
    }

    private static async Task<string> EtagOfAsync(CaseFlowClient client, string taskId) =>
        (await client.GetTaskAsync(taskId)).Headers["ETag"].Single();

    /// <summary>Completes the task; answers the id of the one open task that follows, which must be <paramref name="expectedNext"/>.</summary>
    private static async Task<string> CompleteAsync(CaseFlowClient client, string taskId, string etag, IDictionary<string, object>? variables, string expectedNext)
    {
        var outcome = await client.CompleteTaskAsync(taskId, etag, new CompleteRequest { Variables = variables });
        var next = outcome.Result.OpenTasks.Single();
        Check(next.ElementId == expectedNext, "completing leads to " + expectedNext);
        return next.Id;
    }

    /// <summary>The Review form: its fields with their constraints, and the values it starts from.</summary>
    private static async Task ReadTheReviewFormAsync(CaseFlowClient client, string taskId)
    {
        var form = await client.GetTaskFormAsync(taskId);
        Check(form.Result.Kind == "formData", "the task has a formData form");
        var fields = form.Result.Fields.ToDictionary(f => f.Id);
        Check(fields["decision"].Required && fields["decision"].Options.Select(o => o.Id).SequenceEqual(new[] { "approve", "reject" }), "decision is a required choice");
        Check(fields["visits"].Min == 0 && fields["visits"].Max == 10 && fields["visits"].DefaultValue == "1", "visits is a number from 0 to 10");
        Check(fields["note"].MaxLength == 20, "the note is short");
        Check(form.Result.Values.TryGetValue("note", out var note) && note?.ToString() == "材料齐全", "the form starts from the note written at Intake");
    }

    /// <summary>A completion without a decision and with too many visits is refused, naming each field.</summary>
    private static async Task HaveAnIncompleteFormRefusedAsync(CaseFlowClient client, string taskId, string etag)
    {
        try
        {
            await client.CompleteTaskAsync(taskId, etag, new CompleteRequest { Variables = Variables(("visits", 11)) });
            throw new InvalidOperationException("an invalid form was accepted");
        }
        catch (ApiException<ProblemDetails> problem) when (problem.StatusCode == 422)
        {
            Check(problem.Result.Code == "FormInvalid", "the refusal is FormInvalid, not " + problem.Result.Code);
            Check(problem.Result.Errors != null && problem.Result.Errors.ContainsKey("decision") && problem.Result.Errors.ContainsKey("visits"), "errors name each field at fault");
            Check(problem.Result.FieldErrors != null && problem.Result.FieldErrors.Single(e => e.Field == "visits").Code == "FIELD_RANGE", "fieldErrors give each field its code");
        }
    }

    /// <summary>Returns (退回) the review to Intake with a reason; answers the new Intake task.</summary>
    private static async Task<string> SendBackToIntakeAsync(CaseFlowClient client, string taskId, string etag, string reason)
    {
        var outcome = await client.ReturnTaskAsync(taskId, etag, new ReturnRequest { TargetElementId = "Intake", Reason = reason });
        var intake = outcome.Result.OpenTasks.Single();
        Check(intake.ElementId == "Intake" && intake.Id != taskId, "the return opens Intake again");
        return intake.Id;
    }

    /// <summary>A comment and a scanned note (multipart upload) on the task, both listed back.</summary>
    private static async Task CommentAndAttachAsync(CaseFlowClient client, string taskId)
    {
        await client.AddTaskCommentAsync(taskId, new CommentRequest { Text = "已电话告知家属补交户口本" });
        using var scan = new MemoryStream(Encoding.UTF8.GetBytes("户口本复印件已补交。\n"));
        var attached = await client.AddTaskAttachmentAsync(taskId, file: new FileParameter(scan, "补交说明.txt", "text/plain"));
        Check(attached.StatusCode == 201 && attached.Result.ContentType == "text/plain", "the attachment is stored as text");

        var comments = await client.ListTaskCommentsAsync(taskId);
        Check(comments.Result.Single().Text == "已电话告知家属补交户口本" && comments.Result.Single().Actor == Caseworker, "the comment is listed with its author");
        var attachments = await client.ListTaskAttachmentsAsync(taskId);
        var listed = attachments.Result.Single();
        Check(listed.Id == attached.Result.Id && listed.FileName == "补交说明.txt" && listed.UploadedBy == Caseworker, "the attachment is listed");
    }

    /// <summary>The history shows the return with its reason and who made it, and the completion of Intake after it.</summary>
    private static async Task ReadTheHistoryAsync(CaseFlowClient client, string taskId, string reason)
    {
        var history = await client.GetTaskHistoryAsync(taskId);
        var returned = history.Result.Single(e => e.Kind == "taskReturned");
        Check(returned.Actor == Caseworker && returned.Detail != null && returned.Detail.Contains(reason, StringComparison.Ordinal), "the return is recorded with its reason and actor");
        Check(history.Result.Any(e => e.Kind == "taskCompleted" && e.ElementId == "Intake" && e.Sequence > returned.Sequence), "the later completion is recorded after the return");
    }

    /// <summary>Claims the review again and completes it with a valid form; the case ends.</summary>
    private static async Task DecideAsync(CaseFlowClient client, string taskId)
    {
        var etag = await ClaimAsync(client, taskId);
        var outcome = await client.CompleteTaskAsync(taskId, etag, new CompleteRequest { Variables = Variables(("decision", "approve"), ("visits", 2)) });
        Check(outcome.Result.InstanceStatus == "completed" && outcome.Result.OpenTasks.Count == 0, "a valid form completes the case");
    }

    private static IDictionary<string, object> Variables(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("generated-client flow failed: " + what);
        }
    }
}
