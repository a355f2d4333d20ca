using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.11–3.12: incidents, retry and cancellation (R70–R72).</summary>
public sealed class IncidentRulesTests
{
    [Fact]
    public void R70a_an_incident_on_one_branch_does_not_block_the_other()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("f2", "fork", "broken"), Flow("f3", "fork", "fine"),
            Task("broken", "camunda:assignee=\"${missing}\""), Task("fine"),
            Flow("f4", "broken", "end"), Flow("f5", "fine", "next"), Task("next"), Flow("f6", "next", "end"), End()));

        run.Start();

        var incident = run.IncidentOn("broken");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("camunda:assignee", incident.Message, StringComparison.Ordinal);
        Assert.Contains("missing", incident.Message, StringComparison.Ordinal);
        Assert.Equal((FailedOperation.Activate, true), (incident.Operation, incident.Retryable));

        var result = run.Complete("fine");

        Assert.True(result.IsAccepted);
        Assert.Equal(["next"], run.OpenTaskElements);
    }

    [Fact]
    public void R71a_set_variable_and_retry_moves_the_token_and_resolves_the_incident()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "x"), Exclusive("x"),
            Flow("yes", "x", "a", "${approved == true}"), Flow("no", "x", "b", "${approved == false}"),
            Task("a"), Task("b"), Flow("fa", "a", "end"), Flow("fb", "b", "end"), End()));
        run.Start(("approved", "maybe"));
        var incident = run.IncidentOn("x");

        var retried = run.Retry(incident.IncidentId, ("approved", true));

        Assert.Equal(new IncidentResolved(incident.IncidentId, "retried", "operator"), retried.Effects[0]);
        Assert.Equal(["a"], run.OpenTaskElements);
        Assert.Empty(run.State.Incidents);
    }

    [Fact]
    public void R72a_cancel_withdraws_tasks_timers_and_jobs_and_ends_the_instance()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"),
            Flow("f2", "fork", "a"), Flow("f3", "fork", "sub"),
            Task("a"), TimerBoundary("remind", "a", "timeDuration", "P1D", interrupting: false), Flow("f4", "remind", "end"),
            SubProcess("sub", Start("subStart"), Flow("s1", "subStart", "call"), Service("call", "notify"), Flow("s2", "call", "subEnd"), End("subEnd")),
            Flow("f5", "a", "end"), Flow("f6", "sub", "end"), End()));
        run.Start();
        var jobId = Assert.Single(run.State.Jobs).JobId;

        var cancelled = run.Send(new CancelInstance(run.NextCommandId(), "withdrawn by applicant", "operator"));

        Assert.Equal(
            [typeof(JobCancelled), typeof(TaskCancelled), typeof(TimerCancelled), typeof(InstanceCancelled)],
            cancelled.Effects.Select(effect => effect.GetType()));
        Assert.Equal(InstanceStatus.Cancelled, run.State.Status);
        Assert.Empty(run.State.Elements);
        Assert.Empty(run.State.Timers);
        Assert.Empty(run.State.Jobs);
        Assert.Equal(RejectionCodes.InstanceNotActive, run.Send(new CompleteTask(run.NextCommandId(), "inst:t1")).Rejection?.Code);
        Assert.Equal(RejectionCodes.JobNotActive, run.Send(new CompleteJob(run.NextCommandId(), jobId)).Rejection?.Code);
    }
}
