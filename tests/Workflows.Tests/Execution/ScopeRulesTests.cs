using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Execution.Effects;
using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>Scopes, interruption, mappings and variable checks beyond the first checklist (R26b, R39a, R62b, R68a, R69a).</summary>
public sealed class ScopeRulesTests
{
    [Fact]
    public void R26b_terminate_inside_a_subprocess_ends_only_that_subprocess()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("f2", "fork", "outside"), Flow("f3", "fork", "sub"),
            Task("outside"), Flow("f4", "outside", "end"),
            SubProcess("sub",
                Start("subStart"), Flow("s1", "subStart", "split"), Parallel("split"),
                Flow("s2", "split", "inner"), Flow("s3", "split", "quick"), Task("inner"), Task("quick"),
                Flow("s4", "inner", "subEnd"), End("subEnd"), Flow("s5", "quick", "kill"), Terminate("kill")),
            Flow("f5", "sub", "after"), Task("after"), Flow("f6", "after", "end"), End()));
        run.Start();

        var result = run.Complete("quick");

        Assert.Contains(result.Effects, effect => effect is TaskCancelled { ElementId: "inner" });
        Assert.Equal(["outside", "after"], run.OpenTaskElements);
        Assert.Equal(InstanceStatus.Active, run.State.Status);
    }

    [Fact]
    public void R39a_an_interrupting_boundary_on_a_subprocess_cancels_its_contents_deepest_first()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "sub"),
            SubProcess("sub",
                Start("subStart"), Flow("s1", "subStart", "split"), Parallel("split"),
                Flow("s2", "split", "task"), Flow("s3", "split", "nested"), Task("task"),
                SubProcess("nested", Start("nestedStart"), Flow("n1", "nestedStart", "deep"), Service("deep", "work"), Flow("n2", "deep", "nestedEnd"), End("nestedEnd")),
                Flow("s4", "task", "join"), Flow("s5", "nested", "join"), Parallel("join"), Flow("s6", "join", "subEnd"), End("subEnd")),
            TimerBoundary("deadline", "sub", "timeDuration", "P1D"), Flow("f2", "deadline", "late"), Task("late"), Flow("f3", "late", "end"),
            Flow("f4", "sub", "end"), End()));
        run.Start();
        run.Complete("task");
        Assert.Single(run.State.JoinArrivals);

        run.Now = run.Now.AddDays(1);
        var fired = run.Fire(run.TimerOf("deadline").TimerId);

        Assert.Equal(
            [typeof(TimerFired), typeof(JobCancelled), typeof(TaskCreated)],
            fired.Effects.Where(effect => effect is not WakeUpRequested).Select(effect => effect.GetType()));
        Assert.Equal(["late"], run.OpenTaskElements);
        Assert.Empty(run.State.JoinArrivals);
        Assert.Single(run.State.Scopes);
        Assert.All(run.State.Elements, element => Assert.Equal("late", element.ElementId));
    }

    [Fact]
    public void R62b_a_worker_result_after_a_boundary_cancelled_the_task_is_JobNotActive()
    {
        var run = new EngineRun(Linear(
            Service("middle", "slow-registry"), TimerBoundary("timeout", "middle", "timeDuration", "PT1H"), Flow("f3", "timeout", "end")));
        run.Start();
        var jobId = Assert.Single(run.State.Jobs).JobId;
        run.Now = run.Now.AddHours(1);
        var fired = run.Fire(run.TimerOf("timeout").TimerId);
        Assert.Contains(new JobCancelled(jobId, "middle"), fired.Effects);

        var late = run.Send(new CompleteJob(run.NextCommandId(), jobId));

        Assert.Equal(RejectionCodes.JobNotActive, late.Rejection?.Code);
        Assert.Empty(late.Effects);
    }

    [Fact]
    public void R68a_with_output_parameters_only_the_mapped_outputs_reach_the_parent()
    {
        var run = new EngineRun(Linear(Task("middle", body: InputOutput([("limit", "${10}")], [("total", "${x + y}")]))));
        run.Start();

        run.Complete("middle", ("x", 1), ("y", 2));

        Assert.Equal(["total"], run.State.RootVariables.Keys);
        Assert.Equal(3, run.State.RootVariables["total"].GetInt32());
    }

    [Fact]
    public void R68b_a_failing_output_parameter_parks_the_completion_and_retry_runs_the_outputs_again()
    {
        var run = new EngineRun(Linear(Task("middle", body: InputOutput([], [("total", "${x + missing}")]))));
        run.Start();

        run.Complete("middle", ("x", 1));
        var incident = run.IncidentOn("middle");
        Assert.Equal((IncidentTypes.ExpressionError, FailedOperation.Complete), (incident.Type, incident.Operation));

        run.Retry(incident.IncidentId, ("missing", 4));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(5, run.State.RootVariables["total"].GetInt32());
    }

    [Fact]
    public void R69a_a_300_KiB_variable_is_VariableInvalid_and_changes_nothing()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start();
        var before = run.State;

        var result = run.Complete("middle", ("blob", new { text = new string('x', 300 * 1024) }));

        Assert.Equal(RejectionCodes.VariableInvalid, result.Rejection?.Code);
        Assert.Same(before, result.State);
        Assert.Equal(RejectionCodes.VariableInvalid, run.Complete("middle", ("1bad", 1)).Rejection?.Code);
    }

    [Fact]
    public void Unsupported_constructs_raise_an_incident_instead_of_crashing()
    {
        // Deploy validation refuses a subprocess without a start event; the engine must still survive one.
        var run = new EngineRun(Unvalidated(
            Start(), Flow("f1", "start", "fork"), Parallel("fork"), Flow("f2", "fork", "incl"), Flow("f3", "fork", "fine"),
            SubProcess("incl", Task("inside")),
            Flow("f4", "incl", "end"), Task("fine"), Flow("f5", "fine", "end"), End()));

        var result = run.Start();

        Assert.True(result.IsAccepted);
        Assert.Equal(IncidentTypes.UnsupportedConstruct, run.IncidentOn("incl").Type);
        Assert.Equal(["fine"], run.OpenTaskElements);
    }

    [Fact]
    public void R69b_an_expression_result_beyond_the_limits_raises_VariableLimitExceeded()
    {
        var run = new EngineRun(Linear(Task("middle", body: InputOutput([], [("huge", "${'x'.repeat(70000)}")]))));
        run.Start();

        run.Complete("middle");

        Assert.Equal(IncidentTypes.VariableLimitExceeded, run.IncidentOn("middle").Type);
        Assert.False(run.State.RootVariables.ContainsKey("huge"));
    }

    [Fact]
    public void R69c_more_than_1000_variables_in_an_instance_is_VariableInvalid()
    {
        var run = new EngineRun(Linear(Task("middle")));
        run.Start([.. Enumerable.Range(0, 600).Select(i => ($"a{i}", (object?)i))]);
        var before = run.State;

        var result = run.Complete("middle", [.. Enumerable.Range(0, 600).Select(i => ($"b{i}", (object?)i))]);

        Assert.Equal(RejectionCodes.VariableInvalid, result.Rejection?.Code);
        Assert.Same(before, result.State);
    }
}
