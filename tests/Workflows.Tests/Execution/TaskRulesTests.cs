using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.9: user tasks and external service jobs (R58, R59, R62, R63).</summary>
public sealed class TaskRulesTests
{
    [Fact]
    public void R58b_a_due_date_duration_counts_from_creation_and_its_passing_moves_no_token()
    {
        var run = new EngineRun(Linear(Task("middle", "camunda:dueDate=\"P5D\" camunda:priority=\"${70}\"")));
        run.Start();
        var task = run.TaskOf("middle");
        Assert.Equal((EngineRun.T0.AddDays(5), 70), (task.DueDate, task.Priority));

        var timer = Assert.Single(run.State.Timers);
        run.Now = EngineRun.T0.AddDays(5);
        var due = run.Fire(timer.TimerId);

        Assert.Equal([typeof(TimerFired), typeof(TaskDue)], due.Effects.Select(effect => effect.GetType()));
        Assert.Equal(task, run.TaskOf("middle"));
        Assert.Equal(ElementInstanceState.Waiting, Assert.Single(run.State.Elements).State);
    }

    [Fact]
    public void R59b_a_task_re_entered_by_a_loop_gets_a_new_id_and_the_old_one_is_stale()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "review"), Task("review"), Flow("f2", "review", "again"),
            Exclusive("again", "stop"), Flow("loop", "again", "review", "${redo}"), Flow("stop", "again", "end"), End()));
        run.Start();
        var firstId = run.TaskOf("review").TaskId;

        run.Complete("review", ("redo", true));

        var secondId = run.TaskOf("review").TaskId;
        Assert.NotEqual(firstId, secondId);
        Assert.Equal(RejectionCodes.TaskNotActive, run.CompleteTaskId(firstId).Rejection?.Code);
        Assert.Equal(secondId, run.TaskOf("review").TaskId);
    }

    [Fact]
    public void R63a_a_failing_job_is_retried_on_its_cycle_then_parks_and_an_operator_retry_reoffers_it()
    {
        var run = new EngineRun(Linear(Service("middle", "verify-id", "R3/PT5M")));
        var started = run.Start();
        var job = Assert.Single(started.Effects.OfType<JobCreated>());
        var offers = new List<(DateTimeOffset At, int Attempt)> { (run.Now, job.Attempt) };

        for (var i = 0; i < 2; i++)
        {
            run.Send(new FailJob(run.NextCommandId(), job.JobId, "registry unavailable"));
            var retryTimer = Assert.Single(run.State.Timers);
            run.Now = retryTimer.DueAt;
            var reoffered = Assert.Single(run.Fire(retryTimer.TimerId).Effects.OfType<JobCreated>());
            offers.Add((run.Now, reoffered.Attempt));
        }

        var last = run.Send(new FailJob(run.NextCommandId(), job.JobId, "registry unavailable"));

        Assert.Equal([(EngineRun.T0, 1), (EngineRun.T0.AddMinutes(5), 2), (EngineRun.T0.AddMinutes(10), 3)], offers);
        var incident = run.IncidentOn("middle");
        Assert.Equal(IncidentTypes.ServiceRetriesExhausted, incident.Type);
        Assert.Contains("registry unavailable", incident.Message, StringComparison.Ordinal);
        Assert.Empty(run.State.Timers);
        Assert.Equal(RejectionCodes.JobNotActive, run.Send(new CompleteJob(run.NextCommandId(), job.JobId)).Rejection?.Code);
        Assert.Contains(last.Effects, effect => effect is IncidentRaised);

        var retried = run.Retry(incident.IncidentId);

        Assert.Equal(4, Assert.Single(retried.Effects.OfType<JobCreated>()).Attempt);
        run.Send(new CompleteJob(run.NextCommandId(), job.JobId, EngineRun.Vars(("verified", true))));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.True(run.State.RootVariables["verified"].GetBoolean());
    }
}
