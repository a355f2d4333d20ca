// Compiled at test time together with the client NSwag generates from the running node's /openapi/v1.json (see
// GeneratedClientTests); it is written only against the generated types, as an integrator's code would be.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace CaseFlow.Generated;

public static class ClientFlows
{
    public static async Task<IReadOnlyList<string>> RunAsync(HttpClient http, string password, string idNumber, string processXml, string processKey, Func<Task> readModelCaughtUp)
    {
        var steps = new List<string>();
        var client = new CaseFlowClient(http);

        // Sign in as the town caseworker.
        var token = await client.IssueTokenAsync(new TokenRequest { Login = "caseworker.chengguan", Password = password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Result.AccessToken);
        steps.Add("signed in");

        // Register a person, once even if the request is retried with the same key.
        var request = new RegisterPersonRequest
        {
            Name = "生成客户端", IdNumber = idNumber, TownCode = "610921.01", VillageCode = "610921.01.003", Phone = "13800001234",
        };
        var key = Guid.NewGuid().ToString("N");
        var registered = await client.RegisterPersonAsync(request, key);
        var replayed = await client.RegisterPersonAsync(request, key);
        Check(registered.StatusCode == 201 && replayed.Result.Id == registered.Result.Id, "register with an idempotency key");
        Check(registered.Result.IdNumberMasked.Contains("**********", StringComparison.Ordinal), "the ID number comes back masked");
        steps.Add("registered");

        // Read it back with its ETag, then change it with If-Match.
        var read = await client.GetPersonAsync(registered.Result.Id);
        var etag = read.Headers["ETag"].Single();
        Check(read.Result.Name == "生成客户端" && read.Result.PhoneMasked == "138****1234", "read back");
        steps.Add("read with etag");

        var updated = await client.UpdatePersonAsync(registered.Result.Id, etag, new UpdatePersonRequest { Name = "生成客户端乙" });
        Check(updated.Result.Name == "生成客户端乙" && updated.Headers["ETag"].Single() != etag, "update with If-Match");
        steps.Add("updated with if-match");

        try
        {
            await client.UpdatePersonAsync(registered.Result.Id, etag, new UpdatePersonRequest { Name = "过期" });
            throw new InvalidOperationException("a stale If-Match was accepted");
        }
        catch (ApiException<ProblemDetails> problem) when (problem.StatusCode == 412 && problem.Result.Code == "VERSION_MISMATCH")
        {
            steps.Add("stale if-match refused");
        }

        // Design a process as the supervisor: deploy, publish, list.
        var supervisor = await client.IssueTokenAsync(new TokenRequest { Login = "supervisor", Password = password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", supervisor.Result.AccessToken);
        var deployed = await client.DeployProcessAsync(processXml);
        var version = deployed.Result.Processes.Single().Version;
        await client.PublishProcessVersionAsync(processKey, version);

        // Lists read the read model, which follows writes within a fraction of a second.
        await readModelCaughtUp();
        var processes = await client.ListProcessesAsync();
        Check(processes.Result.Any(p => p.Key == processKey), "the published process is listed");
        steps.Add("processes listed");

        // As the caseworker: start the process for the person, find the task in the worklist, claim it and complete it,
        // each change sent with the ETag just read.
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Result.AccessToken);
        var started = await client.StartInstanceAsync(new StartInstanceRequest { ProcessKey = processKey, PersonId = registered.Result.Id }, Guid.NewGuid().ToString("N"));
        await readModelCaughtUp();
        var worklist = await client.ListTasksAsync(candidateForMe: true, processKey: processKey);
        var item = worklist.Result.Items.Single(t => t.InstanceId == started.Result.InstanceId);
        var task = await client.GetTaskAsync(item.Id);
        var claimed = await client.ClaimTaskAsync(item.Id, if_Match: task.Headers["ETag"].Single());
        await client.CompleteTaskAsync(id: item.Id, if_Match: claimed.Headers["ETag"].Single(), body: new CompleteRequest());
        var instance = await client.GetInstanceAsync(started.Result.InstanceId);
        Check(instance.Result.Tasks.All(t => t.TaskId != item.Id), "the completed task is no longer open");
        steps.Add("task claimed and completed");

        // Back as the caseworker: the inbox, one notification marked read, the unread count down by one.
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Result.AccessToken);
        var inbox = await client.ListNotificationsAsync(unread: true, page: 1, pageSize: 20);
        var first = inbox.Result.Items.First(n => n.Kind == "taskAvailable");
        await client.MarkNotificationReadAsync(first.Id);
        var count = await client.CountUnreadNotificationsAsync();
        Check(count.Result.Unread == inbox.Result.Unread - 1, "marking read lowers the unread count");
        var all = await client.MarkAllNotificationsReadAsync();
        Check(all.Result.Unread == 0, "read-all leaves nothing unread");
        steps.Add("notifications read");
        return steps;
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("generated-client flow failed: " + what);
        }
    }
}
