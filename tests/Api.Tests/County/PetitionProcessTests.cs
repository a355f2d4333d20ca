using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Identity;
using static CaseFlow.Api.Tests.County.InstanceDriver;
using static CaseFlow.Api.Tests.County.PetitionProcessDriver;

namespace CaseFlow.Api.Tests.County;

/// <summary>
/// The shipped 信访 process (<c>petition_resolution</c>) driven through REST on a fake clock, with the 2026 business
/// calendar: every registered petition gets its instance, and the statutory clocks of DOMAIN.md §4.3 and §5 fire its
/// timers, warnings and escalations on the days the rules give.
/// </summary>
/// <remarks>Each test runs its own node, started on the day its dates count from.</remarks>
public abstract class PetitionProcessTests : CountyProcessTests
{
    [Fact(DisplayName = "Notice clock: 15 days rolled over the Labour Day break, amber at 4 days left, breach to the supervisor, then the director after 2 working days")]
    public async Task Notice_clock_breach_escalates()
    {
        await using var node = await StartNodeAsync(4, 20);
        var petition = new PetitionProcessDriver(node);
        await petition.RegisterAsync(D(4, 20));

        var notice = await petition.TaskAsync("Task_Notice");
        Assert.Equal(D(5, 6), await DueOnAsync(petition, "notice")); // +15 = 05-05, inside the 05-01 – 05-05 break
        Assert.Equal(Midnight(D(5, 7)), notice.DueDate);
        Assert.Equal(Midnight(D(5, 2)), notice.SlaWarnAt);

        await node.Clock.AdvanceToAsync(Midnight(D(5, 7)).AddMinutes(-1));
        var onLastDay = await petition.OpenTasksAsync();
        await node.Clock.AdvanceToAsync(Midnight(D(5, 7)));
        var breached = await petition.OpenTasksAsync();

        // Two working days from Thu 05-07: Fri 05-08 and Sat 05-09, a make-up working day.
        await node.Clock.AdvanceToAsync(Midnight(D(5, 9)).AddMinutes(-1));
        var beforeDirector = await petition.OpenTasksAsync();
        await node.Clock.AdvanceToAsync(Midnight(D(5, 9)));
        var toDirector = await petition.OpenTasksAsync();

        Assert.Equal(["Task_Notice"], onLastDay);
        Assert.Equal(["Task_Notice", "Task_NoticeEscalation"], breached);
        Assert.Equal(breached, beforeDirector);
        Assert.Equal(["Task_Notice", "Task_NoticeDirector", "Task_NoticeEscalation"], toDirector);
        Assert.Equal(["supervisor"], [.. (await petition.TaskAsync("Task_NoticeEscalation")).CandidateGroups]);
        Assert.Equal(HttpStatusCode.Forbidden, await petition.TryCompleteAsync(Roles.Supervisor, "Task_NoticeDirector", new { superviseNote = "请尽快告知" }));

        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = true, noticeOn = Text(D(5, 9)) });
        var clock = await petition.ClockAsync("notice");
        Assert.Equal("MetLate", clock.GetProperty("state").GetString());
        Assert.Contains("Task_Handle", await petition.OpenTasksAsync());
        Assert.Equal("Accepted", (await petition.PetitionAsync()).GetProperty("status").GetString());
    }

    [Fact(DisplayName = "Handling: 60 days, the 7-day prompt, one extension the director alone approves (+30 on the un-rolled day), reply, rating, window lapses, closed")]
    public async Task Handling_with_extension_to_closure()
    {
        await using var node = await StartNodeAsync(3, 2);
        var petition = new PetitionProcessDriver(node);
        await petition.RegisterAsync(D(3, 2));
        await node.Clock.AdvanceToAsync(D(3, 3));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = true, noticeOn = Text(D(3, 3)) });

        // +60 from 03-03 = Sat 05-02, inside the Labour Day break: the last day is Wed 05-06.
        Assert.Equal(D(5, 6), await DueOnAsync(petition, "handling"));
        Assert.Equal(Midnight(D(5, 7)), (await petition.TaskAsync("Task_Handle")).DueDate);
        await node.Clock.AdvanceToAsync(Midnight(D(4, 29)).AddMinutes(-1));
        Assert.Equal(["Task_Handle"], await petition.OpenTasksAsync());
        await node.Clock.AdvanceToAsync(Midnight(D(4, 29)));
        Assert.Equal(["Task_ExtensionPrompt", "Task_Handle"], await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.Caseworker, "Task_ExtensionPrompt", new { });

        await petition.CompleteAsync(Roles.Caseworker, "Task_Handle", new
        {
            requestExtension = true, extensionReason = "SeveralBodies", extensionJustification = "涉及民政、人社两个部门，需联合核查",
        });
        Assert.Equal(["Task_ApproveExtension"], await petition.OpenTasksAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await petition.TryCompleteAsync(Roles.Caseworker, "Task_ApproveExtension", new { extensionApproved = true, extensionDays = 30 }));
        Assert.Equal(HttpStatusCode.Forbidden, await petition.TryCompleteAsync(Roles.Supervisor, "Task_ApproveExtension", new { extensionApproved = true, extensionDays = 30 }));
        await petition.CompleteAsync(Roles.Director, "Task_ApproveExtension", new { extensionApproved = true, extensionDays = 30, extensionDecisionNote = "同意延期" });
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_NotifyExtension", new { extensionNoticeOn = Text(D(4, 29)) });

        // 05-02 + 30 = Mon 06-01, a working day.
        Assert.Equal(D(6, 1), await DueOnAsync(petition, "handling"));
        Assert.Equal(Midnight(D(6, 2)), (await petition.TaskAsync("Task_Handle")).DueDate);
        await node.Clock.AdvanceToAsync(Midnight(D(5, 7)).AddHours(9));
        Assert.Equal(["Task_Handle"], await petition.OpenTasksAsync());

        await petition.CompleteAsync(Roles.Caseworker, "Task_Handle", new { requestExtension = false, investigationNote = "已核实" });
        await petition.CompleteAsync(Roles.Caseworker, "Task_Draft", new { outcome = "Explanation", opinionSummary = "补贴按规定复核后恢复发放" });
        await petition.CompleteAsync(Roles.Supervisor, "Task_Sign", new { opinionApproved = true });
        await node.Clock.AdvanceToAsync(D(5, 8));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Deliver", new { replyReceivedOn = Text(D(5, 8)), deliveryMethod = "InPerson" });
        Assert.Equal(["Task_ReviewRequest", "Task_Satisfaction"], await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Satisfaction", new { satisfaction = "Satisfied" });

        // The 复查 window: 05-08 + 30 = Sun 06-07, so it runs to Mon 06-08.
        Assert.Equal(D(6, 8), await DueOnAsync(petition, "reviewWindow"));
        await node.Clock.AdvanceToAsync(Midnight(D(6, 9)).AddMinutes(-1));
        Assert.Equal(["Task_ReviewRequest"], await petition.OpenTasksAsync());
        await node.Clock.AdvanceToAsync(Midnight(D(6, 9)));
        Assert.Equal(["Task_Close"], await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Close", new { supportCarriedOut = false });

        var closed = await petition.PetitionAsync();
        Assert.Equal("completed", (await petition.ViewAsync()).Status);
        Assert.Equal(("Closed", "WindowLapsed", "Satisfied", "Explanation"), (
            closed.GetProperty("status").GetString(), closed.GetProperty("closureType").GetString(),
            closed.GetProperty("satisfaction").GetString(), closed.GetProperty("outcome").GetString()));
        Assert.Equal(30, closed.GetProperty("extension").GetProperty("days").GetInt32());
        Assert.Equal("Met", (await petition.ClockAsync("handling")).GetProperty("state").GetString());

        var link = await CaseFileLinkAsync(node, petition);
        Assert.Equal(("Closed", "Explanation"), (link.GetProperty("status").GetString(), link.GetProperty("outcome").GetString()));
    }

    [Fact(DisplayName = "Handling breach: the overdue item goes to the director, whom no other role can stand in for, and the tracker shows it red")]
    public async Task Handling_breach_goes_to_the_director()
    {
        await using var node = await StartNodeAsync(6, 1);
        var petition = new PetitionProcessDriver(node);
        await petition.RegisterAsync(D(6, 1));
        await node.Clock.AdvanceToAsync(D(6, 2));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = true, noticeOn = Text(D(6, 2)) });

        // +60 from 06-02 = Sat 08-01: the last day is Mon 08-03.
        Assert.Equal(D(8, 3), await DueOnAsync(petition, "handling"));
        await node.Clock.AdvanceToAsync(Midnight(D(8, 4)).AddMinutes(-1));
        var onLastDay = await petition.OpenTasksAsync();
        await node.Clock.AdvanceToAsync(Midnight(D(8, 4)));
        var breached = await petition.OpenTasksAsync();

        Assert.Equal(["Task_ExtensionPrompt", "Task_Handle"], onLastDay);
        Assert.Equal(["Task_ExtensionPrompt", "Task_Handle", "Task_HandlingEscalation"], breached);
        Assert.Equal(HttpStatusCode.Forbidden, await petition.TryCompleteAsync(Roles.Supervisor, "Task_HandlingEscalation", new { superviseNote = "督办" }));
        await petition.CompleteAsync(Roles.Director, "Task_HandlingEscalation", new { superviseNote = "限三日内答复" });

        var officer = await node.AsAsync(Roles.PetitionOfficer);
        var page = await officer.GetFromJsonAsync<JsonElement>(TaskApiKit.Url("/api/petitions?overdue=true"));
        var row = Assert.Single(page.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == petition.PetitionId);
        Assert.Equal(("red", true), (row.GetProperty("colour").GetString(), row.GetProperty("overdue").GetBoolean()));
    }

    [Fact(DisplayName = "复查 and 复核 rounds: 30 days each, a chase at 5 days left, hearing days outside the 复核 clock, 终结 then closed")]
    public async Task Review_rounds_to_final_closure()
    {
        await using var node = await StartNodeAsync(3, 2);
        var petition = new PetitionProcessDriver(node);
        await petition.RegisterAsync(D(3, 2));
        await node.Clock.AdvanceToAsync(D(3, 3));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = true, noticeOn = Text(D(3, 3)) });
        await petition.CompleteAsync(Roles.Caseworker, "Task_Handle", new { requestExtension = false });
        await petition.CompleteAsync(Roles.Caseworker, "Task_Draft", new { outcome = "NotSupported" });
        await petition.CompleteAsync(Roles.Supervisor, "Task_Sign", new { opinionApproved = true });
        await node.Clock.AdvanceToAsync(D(3, 20));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Deliver", new { replyReceivedOn = Text(D(3, 20)), deliveryMethod = "Post" });

        await node.Clock.AdvanceToAsync(D(3, 25));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_ReviewRequest", new { reviewRequestedOn = Text(D(3, 25)), reviewBody = "市残联" });
        Assert.Equal(["Task_ReviewResult"], await petition.OpenTasksAsync());
        Assert.Equal(D(4, 24), await DueOnAsync(petition, "review")); // 03-25 + 30, a Friday
        await node.Clock.AdvanceToAsync(Midnight(D(4, 19)).AddMinutes(-1));
        Assert.Equal(["Task_ReviewResult"], await petition.OpenTasksAsync());
        await node.Clock.AdvanceToAsync(Midnight(D(4, 19)));
        Assert.Equal(["Task_ReviewChase", "Task_ReviewResult"], await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_ReviewChase", new { chaseNote = "已电话催告" });

        await node.Clock.AdvanceToAsync(D(4, 20));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_ReviewResult", new { reviewOutcome = "NotSupported", reviewReceivedOn = Text(D(4, 20)) });
        Assert.Equal(["Task_ReReviewRequest"], await petition.OpenTasksAsync());
        Assert.Equal(D(5, 20), await DueOnAsync(petition, "reReviewWindow"));

        await node.Clock.AdvanceToAsync(D(5, 6));
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_ReReviewRequest", new { reReviewRequestedOn = Text(D(5, 6)), reReviewBody = "省残联" });
        Assert.Equal(D(6, 5), await DueOnAsync(petition, "reReview")); // 05-06 + 30, a Friday
        await node.Clock.AdvanceToAsync(D(6, 3));
        Assert.Equal(["Task_ReReviewChase", "Task_ReReviewResult"], await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_ReReviewResult", new { reReviewOutcome = "NotSupported", reReviewReceivedOn = Text(D(6, 3)), hearingDays = 5 });

        var final = await petition.PetitionAsync();
        Assert.Equal("Final", final.GetProperty("status").GetString());
        Assert.Equal(D(6, 10), await DueOnAsync(petition, "reReview")); // 06-05 + 5 hearing days, un-rolled, then rolled: Wed 06-10
        Assert.Contains("Task_Close", await petition.OpenTasksAsync());
        await petition.CompleteAsync(Roles.PetitionOfficer, "Task_Close", new { supportCarriedOut = false });

        var closed = await petition.PetitionAsync();
        Assert.Equal(("Closed", "AfterReReview"), (closed.GetProperty("status").GetString(), closed.GetProperty("closureType").GetString()));
        Assert.Equal("completed", (await petition.ViewAsync()).Status);
    }

    [Fact(DisplayName = "A petition withdrawn through the tracker ends its process; one not accepted closes at once")]
    public async Task Withdrawal_and_not_accepted_end_the_process()
    {
        await using var node = await StartNodeAsync(3, 2);
        var withdrawn = new PetitionProcessDriver(node);
        await withdrawn.RegisterAsync(D(3, 2));
        await withdrawn.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = true, noticeOn = Text(D(3, 2)) });
        var officer = await node.AsAsync(Roles.PetitionOfficer);
        using var read = await officer.GetAsync(TaskApiKit.Url("/api/petitions/" + withdrawn.PetitionId));
        using var close = new HttpRequestMessage(HttpMethod.Post, TaskApiKit.Url($"/api/petitions/{withdrawn.PetitionId}/close"))
        {
            Content = JsonContent.Create(new { type = "Withdrawn", closedOn = Text(D(3, 2)) }),
        };
        close.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        using var closed = await officer.SendAsync(close);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var notAccepted = new PetitionProcessDriver(node);
        await notAccepted.RegisterAsync(D(3, 2));
        await notAccepted.CompleteAsync(Roles.PetitionOfficer, "Task_Notice", new { accepted = false, noticeOn = Text(D(3, 2)), notAcceptedReason = "已通过诉讼程序处理" });

        var withdrawnView = await withdrawn.ViewAsync();
        Assert.Equal(("completed", 0), (withdrawnView.Status, withdrawnView.Tasks.Length));
        Assert.Equal("Closed", (await withdrawn.PetitionAsync()).GetProperty("status").GetString());
        var notAcceptedView = await notAccepted.ViewAsync();
        Assert.Equal(("completed", 0), (notAcceptedView.Status, notAcceptedView.Tasks.Length));
        var declined = await notAccepted.PetitionAsync();
        Assert.Equal(("Closed", "NotAccepted"), (declined.GetProperty("status").GetString(), declined.GetProperty("closureType").GetString()));
    }

    [Fact(DisplayName = "A repeat petition is sifted first: one judged a repeat is declined and closed, one with new facts goes on to the notice")]
    public async Task Repeat_petitions_are_sifted()
    {
        await using var node = await StartNodeAsync(3, 2);
        var first = new PetitionProcessDriver(node);
        await first.RegisterAsync(D(3, 2), "13911112222");
        var repeat = new PetitionProcessDriver(node);
        await repeat.RegisterAsync(D(3, 2), "13911112222");
        var newFacts = new PetitionProcessDriver(node);
        await newFacts.RegisterAsync(D(3, 2), "13911112222");

        Assert.Equal(["Task_Notice"], await first.OpenTasksAsync());
        Assert.Equal(["Task_RepeatCheck"], await repeat.OpenTasksAsync());
        Assert.Equal(first.PetitionId, (await repeat.PetitionAsync()).GetProperty("repeatOf").GetString());
        await repeat.CompleteAsync(Roles.PetitionOfficer, "Task_RepeatCheck", new { repeatDecision = "Repeat", repeatReason = "原事项正在办理" });
        await newFacts.CompleteAsync(Roles.PetitionOfficer, "Task_RepeatCheck", new { repeatDecision = "NewFacts", repeatReason = "补充了新的证明材料" });

        var declined = await repeat.PetitionAsync();
        Assert.Equal(("Closed", "NotAccepted"), (declined.GetProperty("status").GetString(), declined.GetProperty("closureType").GetString()));
        Assert.Equal("completed", (await repeat.ViewAsync()).Status);
        Assert.Equal(["Task_Notice"], await newFacts.OpenTasksAsync());
    }

    private static async Task<JsonElement> CaseFileLinkAsync(FakeTimeNode node, PetitionProcessDriver petition)
    {
        var supervisor = await node.AsAsync(Roles.Supervisor);
        var file = await supervisor.GetFromJsonAsync<JsonElement>(TaskApiKit.Url($"/api/persons/{petition.PersonId}/case-file"));
        return Assert.Single(file.GetProperty("petitions").EnumerateArray(), p => p.GetProperty("petitionId").GetString() == petition.PetitionId);
    }
}
