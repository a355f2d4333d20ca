using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>
/// The worklist, task attachments and saved filters × every role × a task inside or outside the role's jurisdiction:
/// which tasks the list holds, who may attach and download, and that a saved filter is its owner's alone.
/// </summary>
/// <remarks>Inside: 太平村 (610921.01.001, in 城关镇). Outside: 五坪村 (610921.02.001, in 涧池镇). The task is the first
/// of the task-review process (Intake, for caseworkers). A task the caller may not read answers 404 as if it did not
/// exist; one they may read but not work on answers 403 to a write.</remarks>
public abstract class WorklistAuthorisationMatrixTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string Inside = DemoUsers.MemberVillage;
    private const string Outside = "610921.02.001";

    // role → list status, inside task listed, outside task listed (same rule as reading one task: TaskAccess)
    private static readonly Dictionary<string, string> ListExpected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = "200 listed absent",
        [Roles.VillageMember] = "200 listed absent",
        [Roles.Assessor] = "200 absent absent",
        [Roles.PetitionOfficer] = "200 absent absent",
        [Roles.Supervisor] = "200 listed listed",
        [Roles.Director] = "200 listed listed",
        [Roles.Admin] = "200 absent absent",
    };

    // role → attach in, attach out (to an unclaimed task), list attachments in, out, download in, out. The village
    // member reads the task but is no candidate for Intake; county supervisors and directors work on any task.
    private static readonly Dictionary<string, string> AttachmentsExpected = new(StringComparer.Ordinal)
    {
        [Roles.Caseworker] = "201 404 200 404 200 404",
        [Roles.VillageMember] = "403 404 200 404 200 404",
        [Roles.Assessor] = "404 404 404 404 404 404",
        [Roles.PetitionOfficer] = "404 404 404 404 404 404",
        [Roles.Supervisor] = "201 201 200 200 200 200",
        [Roles.Director] = "201 201 200 200 200 200",
        [Roles.Admin] = "404 404 404 404 404 404",
    };

    private HttpClient Supervisor => node.Client;

    [Fact(DisplayName = "The worklist of every role holds the tasks inside its jurisdiction and none outside it")]
    public async Task The_worklist_holds_only_tasks_the_role_may_read()
    {
        var kit = new TaskApiKit(node.Factory);
        var bk = "WL-" + Guid.NewGuid().ToString("N")[..8];
        var (_, inside) = await kit.StartAsync(Inside, bk);
        var (_, outside) = await kit.StartAsync(Outside, bk);
        await node.Factory.WaitForReadModelAsync();
        var expected = new StringBuilder();
        var actual = new StringBuilder();

        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var response = await client.GetAsync(TaskApiKit.Url("/api/tasks?pageSize=100&q=" + bk));
            var body = await response.Content.ReadAsStringAsync();
            expected.AppendLine(role + ": " + ListExpected[role]);
            actual.AppendLine($"{role}: {(int)response.StatusCode} {Listed(body, inside)} {Listed(body, outside)}");
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact(DisplayName = "Attaching, listing and downloading task files by role and jurisdiction")]
    public async Task Attachments_give_the_expected_status_for_every_role_inside_and_outside()
    {
        var kit = new TaskApiKit(node.Factory);

        // Files the rows download: attached by the supervisor once it holds each task.
        var (_, filedInside) = await kit.StartAsync(Inside);
        var (_, filedOutside) = await kit.StartAsync(Outside);
        var attachmentInside = await AttachAsSupervisorAsync(filedInside);
        var attachmentOutside = await AttachAsSupervisorAsync(filedOutside);
        var expected = new StringBuilder();
        var actual = new StringBuilder();

        foreach (var role in Roles.All)
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            var (_, inside) = await kit.StartAsync(Inside);
            var (_, outside) = await kit.StartAsync(Outside);
            int[] statuses =
            [
                await AttachAsync(client, inside),
                await AttachAsync(client, outside),
                await StatusAsync(client, $"/api/tasks/{filedInside}/attachments"),
                await StatusAsync(client, $"/api/tasks/{filedOutside}/attachments"),
                await StatusAsync(client, $"/api/tasks/{filedInside}/attachments/{attachmentInside}"),
                await StatusAsync(client, $"/api/tasks/{filedOutside}/attachments/{attachmentOutside}"),
            ];
            expected.AppendLine(role + ": " + AttachmentsExpected[role]);
            actual.AppendLine(role + ": " + string.Join(' ', statuses));
        }

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact(DisplayName = "Deleting another user's saved task filter answers 404 and leaves it in place")]
    public async Task Another_users_saved_filter_cannot_be_deleted()
    {
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var saved = await TaskApiKit.PostAsync(caseworker, "/api/tasks/filters", new { name = "mine " + Guid.NewGuid().ToString("N")[..8], filter = new { unassigned = true } });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var filterId = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var refused = new List<string>();

        foreach (var role in Roles.All.Where(r => r != Roles.Caseworker))
        {
            using var client = await node.Factory.CreateClientAsAsync(role);
            using var deleted = await client.DeleteAsync(TaskApiKit.Url("/api/tasks/filters/" + filterId));
            refused.Add($"{role} {(int)deleted.StatusCode}");
        }

        var stillThere = await caseworker.GetStringAsync(TaskApiKit.Url("/api/tasks/filters"));
        using var ownDelete = await caseworker.DeleteAsync(TaskApiKit.Url("/api/tasks/filters/" + filterId));

        Assert.Equal(Roles.All.Where(r => r != Roles.Caseworker).Select(r => r + " 404"), refused);
        Assert.Contains(filterId, stillThere, StringComparison.Ordinal);
        Assert.True(ownDelete.IsSuccessStatusCode, $"the owner's delete answered {(int)ownDelete.StatusCode}");
    }

    private static string Listed(string body, string taskId) => body.Contains(taskId, StringComparison.Ordinal) ? "listed" : "absent";

    private async Task<string> AttachAsSupervisorAsync(string taskId)
    {
        var (_, etag) = await TaskApiKit.ReadTaskAsync(Supervisor, taskId);
        using var claimed = await TaskApiKit.PostAsync(Supervisor, $"/api/tasks/{taskId}/claim", null, etag);
        Assert.True(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync());
        using var form = RouteTableRequests.Attachment("scan.png");
        using var attached = await Supervisor.PostAsync(TaskApiKit.Url($"/api/tasks/{taskId}/attachments"), form);
        Assert.True(attached.StatusCode == HttpStatusCode.Created, await attached.Content.ReadAsStringAsync());
        return (await attached.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<int> AttachAsync(HttpClient client, string taskId)
    {
        using var form = RouteTableRequests.Attachment("scan.png");
        using var response = await client.PostAsync(TaskApiKit.Url($"/api/tasks/{taskId}/attachments"), form);
        return (int)response.StatusCode;
    }

    private static async Task<int> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(TaskApiKit.Url(path));
        return (int)response.StatusCode;
    }
}
