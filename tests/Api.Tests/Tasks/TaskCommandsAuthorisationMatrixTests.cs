using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Tasks;

/// <summary>
/// Every task endpoint beyond read and claim × every role × a task inside or outside the role's jurisdiction, each on a
/// fresh open Intake task whose candidates are the town's caseworkers.
/// </summary>
/// <remarks>
/// A cell is the status, with the problem code for a 404 (so "outside your scope" cannot pass for "no such thing").
/// A task outside the caller's scope answers 404 <c>TASK_NOT_FOUND</c> as if it did not exist; a caller who sees the
/// task but may not do this to it gets 403; a caller let through gets the command's own answer (a refusal of the step
/// itself, such as returning from the first task, is 409).
/// </remarks>
public abstract class TaskCommandsAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Inside = DemoUsers.MemberVillage;
    private const string Outside = "610921.02.001";

    private const string Hidden = "404/TASK_NOT_FOUND";

    // An attachment body: sent as the multipart file of an upload rather than as JSON.
    private static readonly byte[] Scan = "%PDF-1.4 matrix"u8.ToArray();

    // method, path, body, then the answer inside the jurisdiction for a village member, a town caseworker and a
    // county supervisor or director (the county roles get the same answer outside). Village members read the
    // village's tasks and comment on them; caseworkers manage their town's; only a supervisor or director moves a due
    // date; nobody resolves a task that was never delegated to them, and nobody resumes a clock that is running.
    // Attaching is working on the task: the caseworkers' candidates and the managers, not the village member.
    private static readonly (HttpMethod Method, string Path, object? Body, string Member, string Caseworker, string County)[] Endpoints =
    [
        (HttpMethod.Get, "history", null, "200", "200", "200"),
        (HttpMethod.Get, "form", null, "200", "200", "200"),
        (HttpMethod.Get, "comments", null, "200", "200", "200"),
        (HttpMethod.Get, "attachments", null, "200", "200", "200"),
        (HttpMethod.Post, "unclaim", new { }, "403", "200", "200"),
        (HttpMethod.Post, "assign", new { assignee = "caseworker.chengguan" }, "403", "200", "200"),
        (HttpMethod.Post, "delegate", new { assignee = "caseworker.chengguan" }, "403", "200", "200"),
        (HttpMethod.Post, "resolve", new { }, "403", "403", "403"),
        (HttpMethod.Post, "complete", new { variables = new { } }, "403", "200", "200"),
        (HttpMethod.Post, "return", new { targetElementId = "Task_Intake", reason = "矩阵" }, "403", "409", "409"),
        (HttpMethod.Post, "comments", new { text = "矩阵" }, "201", "201", "201"),
        (HttpMethod.Post, "attachments", Scan, "403", "201", "201"),
        (HttpMethod.Post, "pause", new { reason = "矩阵" }, "403", "200", "200"),
        (HttpMethod.Post, "resume", new { reason = "矩阵" }, "403", "409", "409"),
        (HttpMethod.Put, "due-date", new { dueDate = "2026-12-31T00:00:00Z" }, "403", "403", "200"),
        (HttpMethod.Put, "follow-up-date", new { followUpDate = "2026-12-20T00:00:00Z" }, "403", "200", "200"),
        (HttpMethod.Put, "priority", new { priority = 60 }, "403", "200", "200"),
    ];

    private static (string Inside, string Outside) Expected(string role, string member, string caseworker, string county) => role switch
    {
        Roles.VillageMember => (member, Hidden),
        Roles.Caseworker => (caseworker, Hidden),
        Roles.Supervisor or Roles.Director => (county, county),
        _ => (Hidden, Hidden),
    };

    [Fact]
    public async Task Every_task_command_gives_the_expected_status_for_every_role_inside_and_outside()
    {
        var kit = new TaskApiKit(node.Factory);
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            foreach (var (method, path, body, member, caseworker, county) in Endpoints)
            {
                var cell = Expected(role, member, caseworker, county);
                expected.Append(role).Append(' ').Append(method).Append(' ').Append(path).Append(": ").Append(cell.Inside).Append(' ').AppendLine(cell.Outside);
                actual.Append(role).Append(' ').Append(method).Append(' ').Append(path).Append(": ")
                    .Append(await SendAsync(client, kit, Inside, method, path, body)).Append(' ')
                    .AppendLine(await SendAsync(client, kit, Outside, method, path, body));
            }
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private async Task<string> SendAsync(HttpClient client, TaskApiKit kit, string jurisdiction, HttpMethod method, string path, object? body)
    {
        var (_, taskId) = await kit.StartAsync(jurisdiction);

        // The supervisor reads the current ETag, so a refusal can only come from the caller's rights.
        var (_, etag) = await TaskApiKit.ReadTaskAsync(node.Client, taskId);
        using var response = method == HttpMethod.Get
            ? await client.GetAsync(TaskApiKit.Url($"/api/tasks/{taskId}/{path}"))
            : body is byte[] file
                ? await TaskApiKit.UploadAsync(client, taskId, file, "scan.pdf", "application/pdf")
                : await TaskApiKit.SendAsync(client, method, $"/api/tasks/{taskId}/{path}", body, etag);
        var status = (int)response.StatusCode;
        return status == 404
            ? "404/" + (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()
            : status.ToString(CultureInfo.InvariantCulture);
    }
}
