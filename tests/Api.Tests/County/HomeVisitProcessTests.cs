using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;
using static CaseFlow.Api.Tests.County.InstanceDriver;

namespace CaseFlow.Api.Tests.County;

/// <summary>
/// The shipped 上门办证 process (<c>home_visit_certification</c>, DOMAIN.md §4.1) through REST on a fake clock, with the
/// 2026 calendar: its working-day deadlines warn and breach on the days they should, the overdue home assessment is
/// supervised, and the certificate it issues, or the lack of one, shows on the person's case file.
/// </summary>
public abstract class HomeVisitProcessTests : CountyProcessTests
{
    [Fact(DisplayName = "上门办证: acceptance due in 5 working days breaches, the assessment overdue after 14 days is supervised, and the certificate reaches the case file")]
    public async Task Deadlines_then_certificate()
    {
        var (node, certification) = await StartCaseAsync("home_visit_certification", "上门办证");
        await using var _ = node;
        await certification.CompleteAsync(Roles.VillageMember, "Task_Collect", new { homeVisitReason = "卧床，无法到县评定", photosTaken = true });

        var accept = await certification.TaskAsync("Task_Accept");
        Assert.Equal(Midnight(D(3, 10)), accept.SlaDueAt); // the end of the 5th working day, Mon 03-09
        await node.Clock.AdvanceToAsync(accept.SlaDueAt!.Value.AddMinutes(-1));
        var onLastDay = await certification.TaskAsync("Task_Accept");
        await node.Clock.AdvanceToAsync(accept.SlaDueAt!.Value.AddMinutes(1));
        var breached = await certification.TaskAsync("Task_Accept");
        Assert.Equal((30, 60), (onLastDay.SlaUrgency, breached.SlaUrgency));

        await certification.CompleteAsync(Roles.Caseworker, "Task_Accept", new { accepted = true });
        await certification.CompleteAsync(Roles.Supervisor, "Task_Schedule", new { assessmentDate = Text(D(3, 13)), assessorInstitution = "县人民医院", assessorLogin = DemoUsers.LoginOf(Roles.Assessor) });
        await node.Clock.AdvanceAsync(TimeSpan.FromDays(14));
        Assert.Equal(["Task_Assess", "Task_Escalate"], await certification.OpenTasksAsync());
        await certification.CompleteAsync(Roles.Supervisor, "Task_Escalate", new { escalationNote = "已督促评定机构" });

        await certification.CompleteAsync(Roles.Assessor, "Task_Assess", new { category = "Physical", grade = 2, meetsStandard = true });
        await certification.CompleteAsync(Roles.VillageMember, "Task_Notice", new { noticePostedOn = Text(node.Clock.Today.AddDays(-7)), objectionsReceived = false });
        await certification.CompleteAsync(Roles.Supervisor, "Task_Review", new { approved = true });
        await certification.CompleteAsync(Roles.Supervisor, "Task_Produce", new { issueDate = Text(node.Clock.Today), issuingBody = "汉阴县残疾人联合会", cardGeneration = 3 });

        Assert.Equal("completed", (await certification.ViewAsync()).Status);
        var certificate = (await certification.CaseFileAsync()).GetProperty("certificate");
        Assert.Equal(("Physical", 2, "Valid", Text(node.Clock.Today)), (
            certificate.GetProperty("category").GetString(), certificate.GetProperty("grade").GetInt32(),
            certificate.GetProperty("status").GetString(), certificate.GetProperty("issueDate").GetString()));
    }

    [Fact(DisplayName = "上门办证: an application not accepted ends at once and leaves the case file without a certificate")]
    public async Task Not_accepted_ends_without_a_certificate()
    {
        var (node, certification) = await StartCaseAsync("home_visit_certification", "上门办证");
        await using var _ = node;
        await certification.CompleteAsync(Roles.Caseworker, "Task_Collect", new { homeVisitReason = "行动不便", photosTaken = true });
        await certification.CompleteAsync(Roles.Caseworker, "Task_Accept", new { accepted = false, acceptNote = "已持有有效残疾人证" });

        var view = await certification.ViewAsync();
        Assert.Equal(("completed", 0), (view.Status, view.Tasks.Length));
        Assert.Equal(JsonValueKind.Null, (await certification.CaseFileAsync()).GetProperty("certificate").ValueKind);
    }

    [Fact(DisplayName = "上门办证: a supervisor cancels an application in progress; its tasks leave the worklist and nothing is issued")]
    public async Task Cancelled_application_issues_nothing()
    {
        var (node, certification) = await StartCaseAsync("home_visit_certification", "上门办证");
        await using var _ = node;
        await certification.CompleteAsync(Roles.Caseworker, "Task_Collect", new { homeVisitReason = "行动不便", photosTaken = true });

        var supervisor = await node.AsAsync(Roles.Supervisor);
        using var cancelled = await TaskApiKit.PostAsync(supervisor, $"/api/instances/{certification.InstanceId}/cancel", new { reason = "申请人撤回申请" });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        var caseworker = await node.AsAsync(Roles.Caseworker);
        await node.Factory.WaitForReadModelAsync();
        var worklist = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks?personId={certification.PersonId}"));

        Assert.Equal("cancelled", (await certification.ViewAsync()).Status);
        Assert.DoesNotContain(worklist.GetProperty("items").EnumerateArray(), t => t.GetProperty("instanceId").GetString() == certification.InstanceId);
        Assert.Equal(JsonValueKind.Null, (await certification.CaseFileAsync()).GetProperty("certificate").ValueKind);
    }
}
