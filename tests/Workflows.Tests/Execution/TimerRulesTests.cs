using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.5: timer values, firing rules and boundary timers (R29–R36).</summary>
public sealed class TimerRulesTests
{
    private static EngineRun CatchThenTask(string type, string value) => new(Bpmn(
        Start(), Flow("f1", "start", "wait"), TimerCatch("wait", type, value),
        Flow("f2", "wait", "after"), Task("after"), Flow("f3", "after", "end"), End()));

    private static EngineRun TaskWithBoundary(string type, string value, bool interrupting) => new(Linear(
        Task("middle"), TimerBoundary("timer", "middle", type, value, interrupting),
        Flow("f3", "timer", "escalate"), Task("escalate"), Flow("f4", "escalate", "end")));

    [Fact]
    public void R29a_a_timeDate_with_offset_is_due_at_exactly_that_instant()
    {
        var run = CatchThenTask("timeDate", "2026-05-01T09:00:00+08:00");

        var result = run.Start();

        var scheduled = Assert.Single(result.Effects.OfType<TimerScheduled>());
        Assert.Equal(DateTimeOffset.Parse("2026-05-01T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture), scheduled.DueAt);
        Assert.Equal(scheduled.DueAt, run.TimerOf("wait").DueAt);
    }

    [Fact]
    public void R30a_one_month_from_31_January_is_the_last_day_of_February()
    {
        var run = CatchThenTask("timeDuration", "P1M");
        run.Now = new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.FromHours(8));

        run.Start();

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.FromHours(8)), run.TimerOf("wait").DueAt);
    }

    [Fact]
    public void R31a_a_bounded_cycle_fires_three_times_and_never_a_fourth()
    {
        var run = TaskWithBoundary("timeCycle", "R3/PT10H", interrupting: false);
        run.Start();
        var timerId = run.TimerOf("timer").TimerId;
        var fired = new List<DateTimeOffset>();

        for (var hours = 10; hours <= 40; hours += 10)
        {
            run.Now = EngineRun.T0.AddHours(hours);
            fired.AddRange(run.Fire(timerId).Effects.OfType<TimerFired>().Select(firing => firing.DueAt));
        }

        Assert.Equal([EngineRun.T0.AddHours(10), EngineRun.T0.AddHours(20), EngineRun.T0.AddHours(30)], fired);
        Assert.Equal(3, run.State.Tasks.Count(task => task.ElementId == "escalate"));
        Assert.Empty(run.State.Timers);
        Assert.Single(run.State.Tasks, task => task.ElementId == "middle");
    }

    [Fact]
    public void R32a_a_past_due_timer_fires_in_the_next_timer_step_not_the_creating_one()
    {
        var run = CatchThenTask("timeDate", "2026-01-01T00:00:00+08:00");

        var created = run.Start();

        Assert.DoesNotContain(created.Effects, effect => effect is TimerFired);
        var timer = run.TimerOf("wait");
        Assert.Equal(new WakeUpRequested(timer.TimerId, timer.DueAt), created.Effects[^1]);

        var fired = run.Fire(timer.TimerId);

        Assert.Contains(fired.Effects, effect => effect is TimerFired { Lateness.TotalDays: > 60 });
        Assert.Equal(["after"], run.OpenTaskElements);
    }

    [Fact]
    public void R33a_an_early_wake_up_is_a_no_op_that_asks_again()
    {
        var run = CatchThenTask("timeDuration", "PT1H");
        run.Start();
        var timer = run.TimerOf("wait");

        run.Now = timer.DueAt.AddSeconds(-1);
        var early = run.Fire(timer.TimerId);

        Assert.Equal([new WakeUpRequested(timer.TimerId, timer.DueAt)], early.Effects);
        Assert.Same(timer, run.TimerOf("wait"));

        run.Now = timer.DueAt;
        var onTime = run.Fire(timer.TimerId);

        Assert.Contains(new TimerFired(timer.TimerId, "wait", timer.DueAt, TimeSpan.Zero, 1), onTime.Effects);
        Assert.Equal(["after"], run.OpenTaskElements);
    }

    [Fact]
    public void R34c_a_boundary_timer_wake_up_after_its_task_completed_is_a_no_op()
    {
        var run = TaskWithBoundary("timeDuration", "PT1H", interrupting: true);
        run.Start();
        var timerId = run.TimerOf("timer").TimerId;

        var completed = run.Complete("middle");
        Assert.Contains(new TimerCancelled(timerId, "timer"), completed.Effects);

        run.Now = run.Now.AddHours(2);
        var late = run.Fire(timerId);

        Assert.True(late.IsAccepted);
        Assert.Empty(late.Effects);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.DoesNotContain(run.AllEffects, effect => effect is TaskCreated { Task.ElementId: "escalate" });
    }

    [Fact]
    public void R34d_timer_and_completion_at_the_same_instant_have_exactly_one_outcome()
    {
        // Timer first: the task is cancelled and the completion is refused.
        var timerFirst = TaskWithBoundary("timeDuration", "PT1H", interrupting: true);
        timerFirst.Start();
        var taskId = timerFirst.TaskOf("middle").TaskId;
        timerFirst.Now = timerFirst.Now.AddHours(1);
        timerFirst.Fire(timerFirst.TimerOf("timer").TimerId);
        Assert.Equal(RejectionCodes.TaskNotActive, timerFirst.CompleteTaskId(taskId).Rejection?.Code);
        Assert.Equal(["escalate"], timerFirst.OpenTaskElements);

        // Completion first: the timer is gone and its wake-up does nothing.
        var completionFirst = TaskWithBoundary("timeDuration", "PT1H", interrupting: true);
        completionFirst.Start();
        var timerId = completionFirst.TimerOf("timer").TimerId;
        completionFirst.Now = completionFirst.Now.AddHours(1);
        completionFirst.Complete("middle");
        Assert.Empty(completionFirst.Fire(timerId).Effects);
        Assert.DoesNotContain(completionFirst.AllEffects, effect => effect is TaskCreated { Task.ElementId: "escalate" });
    }

    [Fact]
    public void R35a_missed_cycle_occurrences_coalesce_into_one_firing_on_schedule()
    {
        var run = TaskWithBoundary("timeCycle", "R5/PT1H", interrupting: false);
        run.Start();
        var timerId = run.TimerOf("timer").TimerId;

        run.Now = EngineRun.T0.AddHours(3.5);
        var back = run.Fire(timerId);

        var firing = Assert.Single(back.Effects.OfType<TimerFired>());
        Assert.Equal(3, firing.Occurrences);
        var next = run.TimerOf("timer");
        Assert.Equal((EngineRun.T0.AddHours(4), 2), (next.DueAt, next.CycleRemaining));

        run.Now = EngineRun.T0.AddHours(4);
        run.Fire(timerId);
        run.Now = EngineRun.T0.AddHours(5);
        run.Fire(timerId);
        run.Now = EngineRun.T0.AddHours(6);
        run.Fire(timerId);

        Assert.Equal(5, run.AllEffects.OfType<TimerFired>().Sum(fired => fired.Occurrences));
        Assert.Equal(3, run.State.Tasks.Count(task => task.ElementId == "escalate"));
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R36b_a_non_interrupting_duration_fires_once_and_keeps_the_task_open()
    {
        var run = TaskWithBoundary("timeDuration", "PT10S", interrupting: false);
        run.Start();
        var taskId = run.TaskOf("middle").TaskId;

        run.Now = run.Now.AddSeconds(10);
        var fired = run.Fire(run.TimerOf("timer").TimerId);

        Assert.Single(fired.Effects.OfType<TaskCreated>(), created => created.Task.ElementId == "escalate");
        Assert.Equal(taskId, run.TaskOf("middle").TaskId);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R35b_a_fine_unbounded_cycle_missed_for_a_year_coalesces_in_one_step()
    {
        var run = TaskWithBoundary("timeCycle", "R/PT1S", interrupting: false);
        run.Start();
        var timerId = run.TimerOf("timer").TimerId;

        run.Now = EngineRun.T0.AddDays(365).AddMilliseconds(500);
        var back = run.Fire(timerId);

        Assert.Equal(365 * 24 * 3600, Assert.Single(back.Effects.OfType<TimerFired>()).Occurrences);
        Assert.Equal(EngineRun.T0.AddDays(365).AddSeconds(1), run.TimerOf("timer").DueAt);
    }
}
