using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;
using static CaseFlow.Api.Tests.County.InstanceDriver;

namespace CaseFlow.Api.Tests.County;

/// <summary>
/// The shipped 遍访 process (<c>visit_campaign</c>, DOMAIN.md §4.4) through REST on a fake clock: the visit and the
/// problem it found are recorded, the problem is resolved or handed to 三定 (a call of <c>assistance_sandings</c> for the
/// same person), and the quarterly re-visits run until the case is closed.
/// </summary>
public abstract class VisitCampaignProcessTests : CountyProcessTests
{
    private static object Visit(DateOnly on, bool problem) => new
    {
        visitedOn = Text(on), kind = "Sweep", mode = "Home", outcome = "Reached", visitorTier = "Village", problemsFound = problem,
        problemCategory = problem ? "Subsidy" : null, problemDescription = problem ? "护理补贴未到账" : null,
    };

    [Fact(DisplayName = "遍访: a visit finds a problem, the caseworker resolves it, a quarterly re-visit follows, and the case closes")]
    public async Task Problem_resolved_then_revisited()
    {
        var (node, campaign) = await StartCaseAsync("visit_campaign", "遍访测试");
        await using var _ = node;
        await campaign.CompleteAsync(Roles.VillageMember, "Task_Visit", Visit(D(3, 2), problem: true));
        var found = Assert.Single((await campaign.CaseFileAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal(("Subsidy", "Open"), (found.GetProperty("category").GetString(), found.GetProperty("status").GetString()));

        await node.Clock.AdvanceToAsync(D(3, 10));
        await campaign.CompleteAsync(Roles.Caseworker, "Task_Resolve", new { resolved = true, resolvedOn = Text(D(3, 10)), resolutionNote = "已补发" });
        Assert.Equal(["Task_Track"], await campaign.OpenTasksAsync());
        await node.Clock.AdvanceAsync(TimeSpan.FromDays(92));
        await campaign.CompleteAsync(Roles.VillageMember, "Task_Revisit", new { visitedOn = Text(node.Clock.Today), kind = "Revisit", mode = "Phone", outcome = "Reached", visitorTier = "Village", problemsFound = false });
        await campaign.CompleteAsync(Roles.Supervisor, "Task_Track", new { closeReason = "问题已解决，回访无新问题" });

        Assert.Equal("completed", (await campaign.ViewAsync()).Status);
        var file = await campaign.CaseFileAsync();
        var resolved = Assert.Single(file.GetProperty("problems").EnumerateArray());
        Assert.Equal(("Resolved", Text(D(3, 10))), (resolved.GetProperty("status").GetString(), resolved.GetProperty("resolvedOn").GetString()));
        Assert.Equal(["Revisit", "Sweep"], file.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact(DisplayName = "遍访: a problem the town cannot resolve is handed to 三定, which runs for the same person; the campaign goes on once it closes")]
    public async Task Problem_handed_to_assistance()
    {
        var (node, campaign) = await StartCaseAsync("visit_campaign", "遍访测试");
        await using var _ = node;
        await campaign.CompleteAsync(Roles.VillageMember, "Task_Visit", Visit(D(3, 2), problem: true));
        await campaign.CompleteAsync(Roles.Caseworker, "Task_Resolve", new { resolved = false, resolvedOn = Text(D(3, 2)), resolutionNote = "需纳入救助" });
        await campaign.CompleteAsync(Roles.Supervisor, "Task_Handover", new { handoverNote = "转三定帮扶", handedOverOn = Text(D(3, 2)) });

        var waiting = await campaign.ViewAsync();
        var call = Assert.Single(waiting.Calls);
        var assistance = new CalledInstance(node, call.ChildInstanceId);
        var child = await assistance.ViewAsync();
        Assert.Equal(("assistance_sandings", campaign.PersonId, campaign.InstanceId), (child.ProcessKey, child.PersonId, child.ParentInstanceId));
        var handed = Assert.Single((await campaign.CaseFileAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal("HandedToAssistance", handed.GetProperty("status").GetString());

        await node.Clock.AdvanceToAsync(D(3, 6));
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assess", new { needsSummary = "补贴停发后生活困难" });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Assign", new
        {
            responsiblePerson = "李委员", accountableCaseworker = "王经办", matterText = "恢复补贴并纳入救助", requirement = "一个月内落实",
            matterDueDate = Text(D(4, 30)), reliefProgramme = "临时救助", securityProgramme = "城乡居民养老保险缴费减免", welfareProgramme = "两项补贴",
        });
        foreach (var (key, system) in new[] { ("relief", "Relief"), ("security", "Security"), ("welfare", "Welfare") })
        {
            await assistance.CompleteAsync(Roles.Caseworker, "Task_" + system, new Dictionary<string, object>
            {
                [key + "ReferredOn"] = Text(D(3, 3)), [key + "DecidedOn"] = Text(D(3, 6)), [key + "Result"] = "Enrolled",
            });
        }

        await assistance.CompleteAsync(Roles.VillageMember, "Task_Verify", new { verifiedOn = Text(D(3, 6)), verifyMode = "Home", needsMet = true });
        await assistance.CompleteAsync(Roles.Caseworker, "Task_Track", new { closeReason = "已全部落实", closedOn = Text(D(3, 6)) });

        Assert.Equal("completed", (await assistance.ViewAsync()).Status);
        Assert.Equal(["Task_Track"], await campaign.OpenTasksAsync());
        var file = await campaign.CaseFileAsync();
        Assert.Equal(3, file.GetProperty("enrolments").GetArrayLength());
        Assert.Equal("visit-problem", Assert.Single(file.GetProperty("assistance").EnumerateArray()).GetProperty("trigger").GetString());
    }

    [Fact(DisplayName = "遍访: cancelling the campaign while 三定 runs for its problem cancels that 三定 instance too")]
    public async Task Cancelling_the_campaign_cancels_its_assistance()
    {
        var (node, campaign) = await StartCaseAsync("visit_campaign", "遍访测试");
        await using var _ = node;
        await campaign.CompleteAsync(Roles.VillageMember, "Task_Visit", Visit(D(3, 2), problem: true));
        await campaign.CompleteAsync(Roles.Caseworker, "Task_Resolve", new { resolved = false, resolvedOn = Text(D(3, 2)) });
        await campaign.CompleteAsync(Roles.Supervisor, "Task_Handover", new { handoverNote = "转三定帮扶", handedOverOn = Text(D(3, 2)) });
        var assistance = new CalledInstance(node, Assert.Single((await campaign.ViewAsync()).Calls).ChildInstanceId);
        Assert.Equal(["Task_Assess"], await assistance.OpenTasksAsync());

        var supervisor = await node.AsAsync(Roles.Supervisor);
        using var cancelled = await TaskApiKit.PostAsync(supervisor, $"/api/instances/{campaign.InstanceId}/cancel", new { reason = "对象已迁出本县" });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        var child = await assistance.WaitForStatusAsync("cancelled");
        Assert.Equal(("cancelled", 0), (child.Status, child.Tasks.Length));
        Assert.Equal("cancelled", (await campaign.ViewAsync()).Status);
    }

    [Fact(DisplayName = "遍访: a visit not made within 90 days shows as overdue in the worklist")]
    public async Task Visit_overdue_after_ninety_days()
    {
        var (node, campaign) = await StartCaseAsync("visit_campaign", "遍访测试");
        await using var _ = node;
        var visit = await campaign.TaskAsync("Task_Visit");

        await node.Clock.AdvanceToAsync(visit.DueDate!.Value.AddMinutes(-1));
        var before = await OverdueAsync(node, campaign);
        await node.Clock.AdvanceToAsync(visit.DueDate!.Value.AddMinutes(1));
        var after = await OverdueAsync(node, campaign);

        Assert.Equal(D(5, 31), DateOnly.FromDateTime(visit.DueDate!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime));
        Assert.Empty(before);
        Assert.Equal([visit.TaskId], after);
    }

    private static async Task<string[]> OverdueAsync(FakeTimeNode node, CaseProcessDriver campaign)
    {
        await node.Factory.WaitForReadModelAsync();
        var caseworker = await node.AsAsync(Roles.Caseworker);
        var page = await caseworker.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/tasks?overdue=true&personId={campaign.PersonId}"));
        return [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
    }

    /// <summary>An instance started by a call activity, worked like any other.</summary>
    private sealed class CalledInstance(FakeTimeNode node, string instanceId) : InstanceDriver(node)
    {
        public override string InstanceId => instanceId;
    }
}
