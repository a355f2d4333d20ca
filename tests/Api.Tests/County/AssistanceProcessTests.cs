using System.Text.Json;
using CaseFlow.Grains.Identity;
using static CaseFlow.Api.Tests.County.InstanceDriver;

namespace CaseFlow.Api.Tests.County;

/// <summary>
/// The shipped 三定 process (<c>assistance_sandings</c>, DOMAIN.md §4.2) through REST on a fake clock: the assignment,
/// its matters and their results, the verification visit, the quarterly re-visits and the closure all land on the
/// person's case file, and the working-day deadline of the needs assessment escalates when it passes.
/// </summary>
public abstract class AssistanceProcessTests : CountyProcessTests
{
    private static object Plan(DateOnly due) => new
    {
        responsiblePerson = "李委员", accountableCaseworker = "王经办", matterText = "纳入三项体系", requirement = "三个月内落实",
        matterDueDate = Text(due), reliefProgramme = "临时救助", securityProgramme = "城乡居民养老保险缴费减免", welfareProgramme = "两项补贴",
    };

    [Fact(DisplayName = "三定: assessment, plan, three matters settled, verification, two quarterly re-visits and closure, all on the case file")]
    public async Task Assignment_runs_to_closure_on_the_case_file()
    {
        var (node, assistance) = await StartCaseAsync("assistance_sandings", "三定测试");
        await using var _ = node;
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assess", new { needsSummary = "无固定收入，需要救助" });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assign", Plan(D(5, 29)));
        Assert.Equal(["Task_Relief", "Task_Security", "Task_Welfare"], await assistance.OpenTasksAsync());
        var opened = Assert.Single((await assistance.CaseFileAsync()).GetProperty("assistance").EnumerateArray());
        Assert.Equal(["Planned", "Planned", "Planned"], Statuses(opened));

        await node.Clock.AdvanceToAsync(D(3, 20));
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Relief", new { reliefReferredOn = Text(D(3, 5)), reliefDecidedOn = Text(D(3, 18)), reliefResult = "Enrolled", reliefReference = "民救〔2026〕12号" });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Security", new { securityReferredOn = Text(D(3, 6)), securityDecidedOn = Text(D(3, 19)), securityResult = "NotEligible" });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Welfare", new { welfareReferredOn = Text(D(3, 6)), welfareDecidedOn = Text(D(3, 20)), welfareResult = "Enrolled" });
        await assistance.CompleteAsync(Roles.VillageMember, "Task_Verify", new { verifiedOn = Text(D(3, 20)), verifyMode = "Home", needsMet = true, verifyNote = "救助金已到账" });
        Assert.Equal(["Task_Track"], await assistance.OpenTasksAsync());

        // The re-visit comes every three months while the assignment stays open.
        await node.Clock.AdvanceAsync(TimeSpan.FromDays(92));
        Assert.Equal(["Task_Revisit", "Task_Track"], await assistance.OpenTasksAsync());
        await assistance.CompleteAsync(Roles.VillageMember, "Task_Revisit", new { revisitedOn = Text(node.Clock.Today), revisitMode = "Home", revisitOutcome = "Reached", stillNeedsHelp = false });
        await node.Clock.AdvanceAsync(TimeSpan.FromDays(92));
        Assert.Equal(["Task_Revisit", "Task_Track"], await assistance.OpenTasksAsync());
        await assistance.CompleteAsync(Roles.VillageMember, "Task_Revisit", new { revisitedOn = Text(node.Clock.Today), revisitMode = "Phone", revisitOutcome = "Reached", stillNeedsHelp = false });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Track", new { closeReason = "事项均已办结，两次回访无新需求", closedOn = Text(node.Clock.Today) });

        Assert.Equal("completed", (await assistance.ViewAsync()).Status);
        var file = await assistance.CaseFileAsync();
        var closed = Assert.Single(file.GetProperty("assistance").EnumerateArray());
        Assert.Equal(["Enrolled", "NotEligible", "Enrolled"], Statuses(closed));
        Assert.Equal(("李委员", "王经办"), (closed.GetProperty("responsibleMember").GetString(), closed.GetProperty("accountableCaseworker").GetString()));
        Assert.Equal(Text(node.Clock.Today), closed.GetProperty("closedOn").GetString());
        Assert.Equal(assistance.InstanceId, closed.GetProperty("processInstanceId").GetString());
        Assert.Equal(["两项补贴", "临时救助"], file.GetProperty("enrolments").EnumerateArray().Select(e => e.GetProperty("programme").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["Revisit", "Revisit", "Verification"], file.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact(DisplayName = "三定: the needs assessment is due in 10 working days; it turns amber, then breaches and climbs in urgency")]
    public async Task Assessment_deadline_escalates()
    {
        var (node, assistance) = await StartCaseAsync("assistance_sandings", "三定测试");
        await using var _ = node;

        var assess = await assistance.TaskAsync("Task_Assess");
        Assert.Equal(Midnight(D(3, 17)), assess.SlaDueAt); // the end of the 10th working day, Mon 03-16
        await node.Clock.AdvanceToAsync(assess.SlaWarnAt!.Value);
        var warned = await assistance.TaskAsync("Task_Assess");
        await node.Clock.AdvanceToAsync(assess.SlaDueAt!.Value.AddMinutes(1));
        var breached = await assistance.TaskAsync("Task_Assess");

        Assert.Equal(10, assess.SlaUrgency);
        Assert.Equal(30, warned.SlaUrgency);
        Assert.Equal(60, breached.SlaUrgency);
    }

    [Fact(DisplayName = "三定: cancelling the instance leaves the assignment open on the case file for the caseworker to settle")]
    public async Task Cancelled_instance_leaves_the_file_as_it_was()
    {
        var (node, assistance) = await StartCaseAsync("assistance_sandings", "三定测试");
        await using var _ = node;
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assess", new { needsSummary = "需要康复服务" });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assign", Plan(D(4, 30)));

        var supervisor = await node.AsAsync(Roles.Supervisor);
        using var cancelled = await CaseFlow.Api.Tests.Tasks.TaskApiKit.PostAsync(supervisor, $"/api/instances/{assistance.InstanceId}/cancel", new { reason = "重复发起" });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());

        var view = await assistance.ViewAsync();
        Assert.Equal(("cancelled", 0), (view.Status, view.Tasks.Length));
        var open = Assert.Single((await assistance.CaseFileAsync()).GetProperty("assistance").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("closedOn").ValueKind);
    }

    private static string[] Statuses(JsonElement assignment) =>
        [.. assignment.GetProperty("matters").EnumerateArray().Select(m => m.GetProperty("status").GetString()!)];
}
