using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Tests.Infrastructure;
using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Parsing;
using CaseFlow.Workflows.Sla;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>The shipped 上门办证 process counts its deadlines as DOMAIN.md §4.1 gives them: working days, escalation targets, repeats.</summary>
public sealed class HomeVisitDeadlineTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly ProcessModel Model = BpmnParser.Parse(
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "processes", "home-visit-certification.bpmn")), ProcessParsing.Options)
        .Definitions!.ExecutableProcesses.Single();

    public static TheoryData<string, SlaUnit, int, EscalationLevel> Steps() => new()
    {
        { "Task_Collect", SlaUnit.WorkingDays, 5, EscalationLevel.Caseworker },
        { "Task_Accept", SlaUnit.WorkingDays, 5, EscalationLevel.Supervisor },
        { "Task_Schedule", SlaUnit.CalendarDays, 30, EscalationLevel.Director },
        { "Task_NotifyBelow", SlaUnit.WorkingDays, 5, EscalationLevel.Supervisor },
        { "Task_Notice", SlaUnit.WorkingDays, 5, EscalationLevel.Caseworker },
        { "Task_Review", SlaUnit.WorkingDays, 10, EscalationLevel.Director },
        { "Task_Produce", SlaUnit.WorkingDays, 5, EscalationLevel.Director },
    };

    [Theory(DisplayName = "Each 上门办证 step declares its DOMAIN.md §4.1 unit, duration and breach target, repeating every 2 units at most 5 times")]
    [MemberData(nameof(Steps))]
    public void Step_deadlines(string elementId, SlaUnit unit, int duration, EscalationLevel escalateTo)
    {
        var node = Model.FindNode(elementId)!;
        var rule = TaskSlaRule.Of(node);
        var ladder = SlaLadderRule.Of(node);

        Assert.Null(((UserTask)node).DueDate);
        Assert.Equal((unit, duration, 0.25m), (rule.Unit, rule.Duration, rule.WarningShare));
        Assert.Equal(new SlaLadderRule(2, 5, 3, true, escalateTo), ladder);
    }

    [Fact(DisplayName = "Collecting an application from Fri 2025-09-26 is due after 5 working days, 2025-10-10 24:00, the National Day break skipped")]
    public void Collect_over_the_national_day_break()
    {
        var created = new DateTimeOffset(2025, 9, 26, 10, 0, 0, Beijing);

        var clock = SlaCalculator.Compute(created, null, TaskSlaRule.Of(Model.FindNode("Task_Collect")!), ShippedCalendar.Instance)!;

        Assert.Equal(new DateTimeOffset(2025, 10, 11, 0, 0, 0, Beijing), clock.DueAt);
        Assert.False(clock.Provisional);

        // The first reminder comes 2 working days after the deadline: 10-11 (Sat) is a make-up working day, then 10-13.
        var reminder = SlaLadder.InstantOf(3, clock.WarnAt, clock.DueAt, clock.Unit, SlaLadderRule.Of(Model.FindNode("Task_Collect")!), ShippedCalendar.Instance);
        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, Beijing), reminder);
    }
}
