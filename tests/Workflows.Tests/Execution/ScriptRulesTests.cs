using CaseFlow.Workflows.Execution.State;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §3.9: script tasks in the sandbox (R64).</summary>
public sealed class ScriptRulesTests
{
    private static EngineRun ScriptThenTask(string source, string? resultVariable = null) => new(Bpmn(
        Start(), Flow("f1", "start", "script"), Script("script", source, resultVariable),
        Flow("f2", "script", "next"), Task("next"), Flow("f3", "next", "end"), End()));

    [Fact]
    public void R64_writes_and_the_result_variable_apply_when_the_script_ends_normally()
    {
        var run = ScriptThenTask("setVariable('doubled', amount * 2); execution.setVariable('seen', true); amount + 1", "result");

        run.Start(("amount", 20));

        Assert.Equal(["next"], run.OpenTaskElements);
        Assert.Equal(40, run.State.RootVariables["doubled"].GetInt32());
        Assert.True(run.State.RootVariables["seen"].GetBoolean());
        Assert.Equal(21, run.State.RootVariables["result"].GetInt32());
    }

    [Fact]
    public void R64a_a_script_that_sets_a_variable_and_then_throws_writes_nothing()
    {
        var run = ScriptThenTask("setVariable('x', 1); throw new Error('boom');");

        run.Start();

        var incident = run.IncidentOn("script");
        Assert.Equal(IncidentTypes.ScriptError, incident.Type);
        Assert.False(run.State.RootVariables.ContainsKey("x"));
        Assert.Empty(run.State.Tasks);
    }

    [Theory]
    [InlineData("importNamespace('System').IO.File.ReadAllText('x')")]
    [InlineData("System.Environment.Exit(1)")]
    public void R64b_a_script_cannot_reach_the_CLR(string source)
    {
        // Deploy rejects a call to an unknown bare function (BPMN301); the unvalidated model tests the sandbox alone.
        var run = new EngineRun(Unvalidated(
            Start(), Flow("f1", "start", "script"), Script("script", source), Flow("f2", "script", "next"), Task("next"), Flow("f3", "next", "end"), End()));

        run.Start();

        var incident = run.IncidentOn("script");
        Assert.Equal(IncidentTypes.ScriptError, incident.Type);
        Assert.Contains("not defined", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R64c_a_runaway_script_hits_a_limit_and_parks_while_other_instances_run()
    {
        var runaway = ScriptThenTask("while (true) {}");
        var healthy = ScriptThenTask("1", "one");

        runaway.Start();
        healthy.Start();

        Assert.Equal(IncidentTypes.ScriptError, runaway.IncidentOn("script").Type);
        Assert.Contains("statement limit", runaway.IncidentOn("script").Message, StringComparison.Ordinal);
        Assert.Equal(["next"], healthy.OpenTaskElements);
    }

    [Fact]
    public void R64d_bpmnError_in_a_script_is_caught_by_the_task_boundary_without_writes()
    {
        var run = new EngineRun(WithRoots(
            [ErrorDefinition("invalid", "E_INVALID")],
            Start(), Flow("f1", "start", "script"), Script("script", "setVariable('x', 1); bpmnError('E_INVALID', 'bad input');"),
            Flow("f2", "script", "next"), Task("next"), Flow("f3", "next", "end"), End(),
            ErrorBoundary("caught", "script", "invalid", messageVariable: "why"), Flow("f4", "caught", "fix"), Task("fix"), Flow("f5", "fix", "end")));

        run.Start();

        Assert.Equal(["fix"], run.OpenTaskElements);
        Assert.Equal("bad input", run.State.RootVariables["why"].GetString());
        Assert.False(run.State.RootVariables.ContainsKey("x"));
    }
}
