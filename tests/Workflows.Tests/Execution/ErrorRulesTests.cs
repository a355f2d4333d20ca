using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.6: errors and escalations, caught and uncaught (R27, R28, R41–R44, R60).</summary>
public sealed class ErrorRulesTests
{
    private static readonly string[] Roots =
    [
        ErrorDefinition("rejected", "E_REJECTED", "Application rejected"),
        ErrorDefinition("other", "E_OTHER"),
        EscalationDefinition("late", "ESC_LATE"),
    ];

    /// <summary>start → sub(split → inner | quick → <paramref name="quickEnd"/>) → after; <paramref name="boundary"/> on sub → handle.</summary>
    private static EngineRun SubprocessWith(string quickEnd, string boundary) => new(WithRoots(
        Roots,
        Start(), Flow("f1", "start", "sub"),
        SubProcess("sub",
            Start("subStart"), Flow("s1", "subStart", "split"), Parallel("split"),
            Flow("s2", "split", "inner"), Flow("s3", "split", "quick"), Task("inner"), Task("quick"),
            Flow("s4", "inner", "subEnd"), End("subEnd"), Flow("s5", "quick", "quickEnd"), quickEnd),
        Flow("f2", "sub", "after"), Task("after"), Flow("f3", "after", "end"), End(),
        boundary, Flow("f4", "caught", "handle"), Task("handle"), Flow("f5", "handle", "end")));

    [Fact]
    public void R27a_an_error_end_caught_on_the_subprocess_cancels_it_and_sets_the_code_variable()
    {
        var run = SubprocessWith(ErrorEnd("quickEnd", "rejected"), ErrorBoundary("caught", "sub", "rejected", "code", "reason"));
        run.Start();

        var result = run.Complete("quick");

        Assert.Contains(result.Effects, effect => effect is TaskCancelled { ElementId: "inner" });
        Assert.Contains(new ErrorCaught("quickEnd", "E_REJECTED", "caught"), result.Effects);
        Assert.Equal(["handle"], run.OpenTaskElements);
        Assert.Single(run.State.Scopes);
        Assert.Equal("E_REJECTED", run.State.RootVariables["code"].GetString());
        Assert.Equal("Application rejected", run.State.RootVariables["reason"].GetString());
    }

    [Fact]
    public void R28a_an_escalation_end_with_a_non_interrupting_boundary_starts_the_boundary_path_and_the_subprocess_goes_on()
    {
        var run = SubprocessWith(EscalationEnd("quickEnd", "late"), EscalationBoundary("caught", "sub", "late", interrupting: false, codeVariable: "escalated"));
        run.Start();

        var result = run.Complete("quick");

        Assert.Contains(new EscalationCaught("quickEnd", "ESC_LATE", "caught", false), result.Effects);
        Assert.Equal(["inner", "handle"], run.OpenTaskElements);
        Assert.Equal("ESC_LATE", run.State.RootVariables["escalated"].GetString());

        run.Complete("inner");
        Assert.Equal(["handle", "after"], run.OpenTaskElements);
    }

    private static EngineRun ServiceWithBoundaries(params string[] boundaries) => new(WithRoots(
        Roots,
        [Start(), Flow("f1", "start", "check"), Service("check", "registry", "R3/PT1M"), Flow("f2", "check", "end"), End(),
         .. boundaries,
         Flow("fa", "any", "anyTask"), Task("anyTask"), Flow("fb", "anyTask", "end"),
         Flow("fe", "exact", "exactTask"), Task("exactTask"), Flow("fx", "exactTask", "end")]));

    [Fact]
    public void R41a_an_exact_code_boundary_beats_a_catch_all_on_the_same_host()
    {
        var run = ServiceWithBoundaries(ErrorBoundary("any", "check"), ErrorBoundary("exact", "check", "rejected", "code"));
        run.Start();
        var job = Assert.Single(run.State.Jobs);

        run.Send(new ThrowJobError(run.NextCommandId(), job.JobId, "E_REJECTED", "not eligible"));

        Assert.Equal(["exactTask"], run.OpenTaskElements);
        Assert.Equal("E_REJECTED", run.State.RootVariables["code"].GetString());
    }

    [Fact]
    public void R41a_a_code_without_exact_match_falls_to_the_catch_all()
    {
        var run = ServiceWithBoundaries(ErrorBoundary("any", "check"), ErrorBoundary("exact", "check", "rejected"));
        run.Start();

        run.Send(new ThrowJobError(run.NextCommandId(), Assert.Single(run.State.Jobs).JobId, "E_UNKNOWN"));

        Assert.Equal(["anyTask"], run.OpenTaskElements);
    }

    [Fact]
    public void R41b_a_service_error_is_caught_by_the_task_boundary_without_using_a_retry()
    {
        var run = ServiceWithBoundaries(ErrorBoundary("exact", "check", "rejected", messageVariable: "why"), ErrorBoundary("any", "check", "other"));
        run.Start();
        var job = Assert.Single(run.State.Jobs);

        var result = run.Send(new ThrowJobError(run.NextCommandId(), job.JobId, "E_REJECTED", "not eligible", EngineRun.Vars(("score", 3))));

        Assert.True(result.IsAccepted);
        Assert.Empty(run.State.Jobs);
        Assert.Empty(run.State.Timers);
        Assert.DoesNotContain(result.Effects, effect => effect is TimerScheduled or JobCreated);
        Assert.Equal(["exactTask"], run.OpenTaskElements);
        Assert.Equal(3, run.State.RootVariables["score"].GetInt32());
        Assert.Equal("not eligible", run.State.RootVariables["why"].GetString());
        Assert.Equal(RejectionCodes.JobNotActive, run.Send(new ThrowJobError(run.NextCommandId(), job.JobId, "E_REJECTED")).Rejection?.Code);
    }

    [Fact]
    public void R42a_an_uncaught_error_end_parks_in_UnhandledError_and_the_instance_stays_active()
    {
        var run = new EngineRun(WithRoots(Roots, Start(), Flow("f1", "start", "middle"), Task("middle"), Flow("f2", "middle", "fail"), ErrorEnd("fail", "rejected")));
        run.Start();

        run.Complete("middle");

        var incident = run.IncidentOn("fail");
        Assert.Equal(IncidentTypes.UnhandledError, incident.Type);
        Assert.Contains("E_REJECTED", incident.Message, StringComparison.Ordinal);
        Assert.Contains("Application rejected", incident.Message, StringComparison.Ordinal);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
    }

    [Fact]
    public void R42a_an_uncaught_job_error_parks_the_task_and_a_retry_offers_the_job_again()
    {
        var run = ServiceWithBoundaries(ErrorBoundary("exact", "check", "other"), TimerBoundary("any", "check", "timeDuration", "P1D"));
        run.Start();
        var job = Assert.Single(run.State.Jobs);

        run.Send(new ThrowJobError(run.NextCommandId(), job.JobId, "E_REJECTED", "not eligible"));
        var incident = run.IncidentOn("check");
        Assert.Equal(IncidentTypes.UnhandledError, incident.Type);

        var retried = run.Retry(incident.IncidentId);

        Assert.Contains(retried.Effects, effect => effect is JobCreated { Attempt: 2 });
        run.Send(new CompleteJob(run.NextCommandId(), job.JobId));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    /// <summary>start → sub(throw → inside) → end; an escalation boundary on sub → onEscalation.</summary>
    private static EngineRun ThrowInSubprocess(bool interrupting) => new(WithRoots(
        Roots,
        Start(), Flow("f1", "start", "sub"),
        SubProcess("sub",
            Start("subStart"), Flow("s1", "subStart", "throw"), EscalationThrow("throw", "late"),
            Flow("s2", "throw", "inside"), Task("inside"), Flow("s3", "inside", "subEnd"), End("subEnd")),
        Flow("f2", "sub", "end"), End(),
        EscalationBoundary("caught", "sub", "late", interrupting, "escalated"), Flow("f3", "caught", "onEscalation"),
        Task("onEscalation"), Flow("f4", "onEscalation", "end")));

    [Fact]
    public void R43a_a_non_interrupting_escalation_runs_both_the_throw_path_and_the_boundary_path()
    {
        var run = ThrowInSubprocess(interrupting: false);

        run.Start();

        Assert.Equal(["inside", "onEscalation"], run.OpenTaskElements);
        Assert.Equal("ESC_LATE", run.State.RootVariables["escalated"].GetString());
    }

    [Fact]
    public void R43b_an_interrupting_escalation_cancels_the_subprocess_and_the_throw_path_stops()
    {
        var run = ThrowInSubprocess(interrupting: true);

        var result = run.Start();

        Assert.Equal(["onEscalation"], run.OpenTaskElements);
        Assert.Contains(new EscalationCaught("throw", "ESC_LATE", "caught", true), result.Effects);
        Assert.Single(run.State.Scopes);
    }

    [Fact]
    public void R44a_an_uncaught_escalation_continues_and_is_recorded_without_an_incident()
    {
        var run = new EngineRun(WithRoots(Roots, Start(), Flow("f1", "start", "throw"), EscalationThrow("throw", "late"), Flow("f2", "throw", "next"), Task("next"), Flow("f3", "next", "end"), End()));

        var result = run.Start();

        Assert.Contains(new EscalationNotCaught("throw", "ESC_LATE"), result.Effects);
        Assert.Equal(["next"], run.OpenTaskElements);
        Assert.Empty(run.State.Incidents);
    }

    private static EngineRun TaskWithBoundaries(params string[] boundaries) => new(WithRoots(
        Roots,
        [Start(), Flow("f1", "start", "review"), Task("review"), Flow("f2", "review", "end"), End(),
         .. boundaries, Flow("fb", "caught", "handle"), Task("handle"), Flow("fh", "handle", "end")]));

    [Fact]
    public void R60a_raise_error_without_a_catcher_is_ErrorNotCaught_and_the_task_stays_open()
    {
        var run = TaskWithBoundaries(EscalationBoundary("caught", "review", "late"));
        run.Start();
        var before = run.State;

        var result = run.Send(new RaiseTaskError(run.NextCommandId(), run.TaskOf("review").TaskId, "E_REJECTED", "no documents", "bob"));

        Assert.Equal(RejectionCodes.ErrorNotCaught, result.Rejection?.Code);
        Assert.Same(before, run.State);
        Assert.Equal(["review"], run.OpenTaskElements);
    }

    [Fact]
    public void R60b_a_caught_task_error_cancels_the_task_and_takes_the_boundary()
    {
        var run = TaskWithBoundaries(ErrorBoundary("caught", "review", "rejected", "code"));
        run.Start();
        var taskId = run.TaskOf("review").TaskId;

        var result = run.Send(new RaiseTaskError(run.NextCommandId(), taskId, "E_REJECTED", "no documents", "bob"));

        Assert.Contains(new TaskCancelled(taskId, "review"), result.Effects);
        Assert.Equal(["handle"], run.OpenTaskElements);
        Assert.Equal(RejectionCodes.TaskNotActive, run.CompleteTaskId(taskId).Rejection?.Code);
    }

    [Fact]
    public void R60c_escalate_keeps_the_task_open_unless_an_interrupting_boundary_catches_it()
    {
        var open = TaskWithBoundaries(EscalationBoundary("caught", "review", "late", interrupting: false));
        open.Start();
        open.Send(new EscalateTask(open.NextCommandId(), open.TaskOf("review").TaskId, "ESC_LATE", "bob"));
        Assert.Equal(["review", "handle"], open.OpenTaskElements);

        var closed = TaskWithBoundaries(EscalationBoundary("caught", "review", "late"));
        closed.Start();
        closed.Send(new EscalateTask(closed.NextCommandId(), closed.TaskOf("review").TaskId, "ESC_LATE", "bob"));
        Assert.Equal(["handle"], closed.OpenTaskElements);

        var uncaught = TaskWithBoundaries(EscalationBoundary("caught", "review", "late"));
        uncaught.Start();
        var result = uncaught.Send(new EscalateTask(uncaught.NextCommandId(), uncaught.TaskOf("review").TaskId, "ESC_OTHER", "bob"));
        Assert.True(result.IsAccepted);
        Assert.Contains(new EscalationNotCaught("review", "ESC_OTHER"), result.Effects);
        Assert.Equal(["review"], uncaught.OpenTaskElements);
    }

    [Fact]
    public void R41d_the_search_walks_outwards_to_the_first_enclosing_host_that_catches()
    {
        var run = new EngineRun(WithRoots(
            Roots,
            Start(), Flow("f1", "start", "outer"),
            SubProcess("outer",
                Start("outerStart"), Flow("o1", "outerStart", "inner"),
                SubProcess("inner", Start("innerStart"), Flow("i1", "innerStart", "check"), Service("check", "registry"), Flow("i2", "check", "innerEnd"), End("innerEnd")),
                ErrorBoundary("innerOther", "inner", "other"), Flow("o2", "innerOther", "outerEnd"),
                Flow("o3", "inner", "outerEnd"), End("outerEnd")),
            ErrorBoundary("caught", "outer", "rejected", "code"), Flow("f2", "caught", "handle"), Task("handle"), Flow("f3", "handle", "end"),
            Flow("f4", "outer", "end"), End()));
        run.Start();

        var result = run.Send(new ThrowJobError(run.NextCommandId(), Assert.Single(run.State.Jobs).JobId, "E_REJECTED"));

        Assert.Contains(new ErrorCaught("check", "E_REJECTED", "caught"), result.Effects);
        Assert.Equal(["handle"], run.OpenTaskElements);
        Assert.Single(run.State.Scopes);
        Assert.Empty(run.State.Jobs);
    }
}
