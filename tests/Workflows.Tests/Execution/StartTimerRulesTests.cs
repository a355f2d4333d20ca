using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Timer start events (R32, R37): planned at publish without variables, and an instance started from the one that fired.</summary>
public sealed class StartTimerRulesTests
{
    private static readonly DateTimeOffset PublishedAt = EngineRun.T0;

    [Fact]
    public void R37_plans_each_top_level_timer_start_from_the_publish_instant()
    {
        var model = Bpmn(
            Start("manual"), Flow("f0", "manual", "work"),
            $"<bpmn:startEvent id=\"quarterly\">{TimerDefinition("timeCycle", "R4/P3M")}</bpmn:startEvent>", Flow("f1", "quarterly", "work"),
            $"<bpmn:startEvent id=\"once\">{TimerDefinition("timeDate", "2026-05-01T09:00:00+08:00")}</bpmn:startEvent>", Flow("f2", "once", "work"),
            $"<bpmn:startEvent id=\"soon\">{TimerDefinition("timeDuration", "${'PT' + 2 + 'H'}")}</bpmn:startEvent>", Flow("f3", "soon", "work"),
            Task("work"), Flow("f4", "work", "end"), End());

        var (plans, errors) = StartTimerPlanner.Plan(model, PublishedAt, EngineRun.TestOptions());

        Assert.Empty(errors);
        Assert.Equal(["quarterly", "once", "soon"], plans.Select(p => p.ElementId));
        Assert.Equal(
            [PublishedAt.AddMonths(3), new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8)), PublishedAt.AddHours(2)],
            plans.Select(p => p.DueAt));
        Assert.Equal([("P3M", 4), (null, null), (null, null)], plans.Select(p => (p.CycleInterval, p.CycleRemaining)));
    }

    [Fact]
    public void R37_a_start_timer_that_cannot_be_planned_is_reported_not_dropped()
    {
        var model = Bpmn(
            $"<bpmn:startEvent id=\"broken\">{TimerDefinition("timeDuration", "${missing}")}</bpmn:startEvent>", Flow("f1", "broken", "end"), End());

        var (plans, errors) = StartTimerPlanner.Plan(model, PublishedAt, EngineRun.TestOptions());

        Assert.Empty(plans);
        Assert.Equal("broken", Assert.Single(errors).ElementId);
    }

    [Fact]
    public void R37_an_instance_starts_at_the_timer_start_that_fired_and_unknown_start_events_are_refused()
    {
        var model = Bpmn(
            $"<bpmn:startEvent id=\"quarterly\">{TimerDefinition("timeCycle", "R/P3M")}</bpmn:startEvent>", Flow("f1", "quarterly", "visit"),
            Task("visit"), Flow("f2", "visit", "end"), End());
        var run = new EngineRun(model);

        var refused = run.Send(new StartInstance(run.NextCommandId(), StartEventId: "nowhere"));
        var started = run.Send(new StartInstance(run.NextCommandId(), StartEventId: "quarterly"));

        Assert.Equal(RejectionCodes.ProcessMismatch, refused.Rejection?.Code);
        Assert.Null(started.Rejection);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
        Assert.Equal(["visit"], run.OpenTaskElements);
    }
}
