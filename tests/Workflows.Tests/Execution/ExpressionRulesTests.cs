using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Tests.Calendar;
using static CaseFlow.Workflows.Tests.Execution.TestProcesses;

namespace CaseFlow.Workflows.Tests.Execution;

/// <summary>BPMN.md §4 at run time: the sandbox, JUEL operators, error handling and result conversion (R75–R79), and timer values from expressions.</summary>
public sealed class ExpressionRulesTests
{
    /// <summary>A task whose output parameters are the given expressions; completing it writes their results to the root.</summary>
    private static EngineRun Outputs(params (string Name, string Value)[] outputs) =>
        new(Linear(Task("middle", body: InputOutput([], outputs))));

    private static EngineRun Evaluated((string Name, object? Value)[] variables, params (string Name, string Value)[] outputs)
    {
        var run = Outputs(outputs);
        run.Start(variables);
        run.Complete("middle");
        return run;
    }

    [Fact]
    public void R4b_new_Date_is_now_and_Math_random_is_an_error()
    {
        var run = Evaluated([], ("stamp", "${new Date()}"), ("same", "${Date.now() === now().getTime()}"));

        Assert.Equal("2026-03-02T09:00:00.000+08:00", run.State.RootVariables["stamp"].GetString());
        Assert.True(run.State.RootVariables["same"].GetBoolean());

        var random = Evaluated([], ("r", "${Math.random()}"));
        var incident = random.IncidentOn("middle");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("Math.random", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R32b_a_timer_expression_that_is_not_a_duration_raises_TimerExpressionError()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "wait"), TimerCatch("wait", "timeDuration", "${'soon'}"), Flow("f2", "wait", "end"), End()));

        run.Start();

        Assert.Equal(IncidentTypes.TimerExpressionError, run.IncidentOn("wait").Type);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void R36c_a_boundary_date_from_addWorkdays_skips_the_Qingming_holiday()
    {
        var run = new EngineRun(
            Linear(Task("middle"), TimerBoundary("deadline", "middle", "timeDate", "${addWorkdays(now(), 3)}"), Flow("f3", "deadline", "end")),
            new EngineOptions { Calendar = ShippedCalendar.Instance });
        run.Now = new DateTimeOffset(2026, 4, 3, 10, 0, 0, TimeSpan.FromHours(8));

        run.Start();

        Assert.Equal(new DateTimeOffset(2026, 4, 9, 10, 0, 0, TimeSpan.FromHours(8)), run.TimerOf("deadline").DueAt);
    }

    [Fact]
    public void R36d_counting_working_days_into_a_year_without_data_raises_CalendarMissing()
    {
        var run = new EngineRun(
            Linear(Task("middle"), TimerBoundary("deadline", "middle", "timeDate", "${addWorkdays(now(), 3)}"), Flow("f3", "deadline", "end")),
            new EngineOptions { Calendar = ShippedCalendar.Instance });
        run.Now = new DateTimeOffset(2026, 12, 30, 10, 0, 0, TimeSpan.FromHours(8));

        run.Start();

        var incident = run.IncidentOn("middle");
        Assert.True(incident.Type == IncidentTypes.CalendarMissing, incident.Message);
        Assert.Contains("2027", incident.Message, StringComparison.Ordinal);
        Assert.Empty(run.State.Tasks);
    }

    [Fact]
    public void R75a_text_around_an_expression_is_interpolated()
    {
        var run = Evaluated([("name", "张三")], ("greeting", "Dear ${name}"));

        Assert.Equal("Dear 张三", run.State.RootVariables["greeting"].GetString());
    }

    [Fact]
    public void R76a_variables_are_read_only()
    {
        var run = Evaluated([("x", new { a = 0 })], ("y", "${x.a = 1}"));

        Assert.Equal(IncidentTypes.ExpressionError, run.IncidentOn("middle").Type);
        Assert.Equal(0, run.State.RootVariables["x"].GetProperty("a").GetInt32());
        Assert.False(run.State.RootVariables.ContainsKey("y"));
    }

    [Theory]
    [InlineData(2, new[] { 1 })]
    [InlineData(2, new int[0])]
    [InlineData(0, new[] { 1 })]
    public void R77a_JUEL_operators_give_the_same_result_as_JavaScript(int a, int[] list)
    {
        var run = Evaluated([("a", a), ("list", list)], ("juel", "${a gt 1 and not empty list}"), ("js", "${a > 1 && !empty(list)}"));

        Assert.Equal(run.State.RootVariables["js"].GetBoolean(), run.State.RootVariables["juel"].GetBoolean());
        Assert.Equal(a > 1 && list.Length > 0, run.State.RootVariables["juel"].GetBoolean());
    }

    [Fact]
    public void R78a_an_unknown_variable_raises_ExpressionError_naming_the_element()
    {
        var run = new EngineRun(Bpmn(
            Start(), Flow("f1", "start", "x"), Exclusive("x", "other"),
            Flow("check", "x", "end", "${missing > 1}"), Flow("other", "x", "end"), End()));

        var result = run.Start();

        Assert.True(result.IsAccepted);
        var incident = run.IncidentOn("x");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("'x'", incident.Message, StringComparison.Ordinal);
        Assert.Contains("missing", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R79a_a_Date_result_is_stored_with_the_zone_offset()
    {
        var run = Evaluated([], ("due", "${addDays(now(), 1)}"), ("nothing", "${undefined}"), ("list", "${[1, 'a', {b: true}]}"));

        Assert.Equal("2026-03-03T09:00:00.000+08:00", run.State.RootVariables["due"].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, run.State.RootVariables["nothing"].ValueKind);
        Assert.Equal("[1,\"a\",{\"b\":true}]", run.State.RootVariables["list"].GetRawText());

        var infinite = Evaluated([], ("bad", "${1 / 0}"));
        Assert.Equal(IncidentTypes.ExpressionError, infinite.IncidentOn("middle").Type);
    }

    [Theory]
    [InlineData("${importNamespace('System')}")]
    [InlineData("${System.IO}")]
    [InlineData("${eval('1')}")]
    [InlineData("${Function('return 1')()}")]
    [InlineData("${__hostAddWorkdays.constructor('return 1')()}")]
    public void R76b_the_sandbox_gives_no_way_out(string expression)
    {
        // Deploy validation rejects these already (BPMN301); the sandbox must hold even for a model that slipped past it.
        var run = new EngineRun(Unvalidated(Start(), Flow("f1", "start", "middle"), Task("middle", body: InputOutput([], [("escaped", expression)])), Flow("f2", "middle", "end"), End()));
        run.Start();
        run.Complete("middle");

        Assert.Equal(IncidentTypes.ExpressionError, run.IncidentOn("middle").Type);
        Assert.False(run.State.RootVariables.ContainsKey("escaped"));
    }

    [Fact]
    public void R76c_a_runaway_expression_hits_the_statement_limit_not_the_clock()
    {
        var run = Evaluated([], ("spin", "${(() => { while (true) { } })()}"));

        var incident = run.IncidentOn("middle");
        Assert.Equal(IncidentTypes.ExpressionError, incident.Type);
        Assert.Contains("statement limit", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R78b_has_get_and_the_execution_object_read_missing_variables_safely()
    {
        var run = Evaluated(
            [("present", 1)],
            ("a", "${has('present') ? present : 0}"),
            ("b", "${get('absent', 'fallback')}"),
            ("c", "${has('absent')}"),
            ("d", "${execution.processBusinessKey + '/' + execution.currentActivityId}"),
            ("e", "${today().getHours() + ':' + empty('') + ':' + empty({}) + ':' + empty([0])}"));

        var root = run.State.RootVariables;
        Assert.Equal(1, root["a"].GetInt32());
        Assert.Equal("fallback", root["b"].GetString());
        Assert.False(root["c"].GetBoolean());
        Assert.Equal("bk-1/middle", root["d"].GetString());
        Assert.Equal("0:true:true:false", root["e"].GetString());
    }

    [Fact]
    public void Variables_named_like_standard_globals_do_not_break_the_built_ins()
    {
        var run = Evaluated(
            [("Date", "d"), ("JSON", "j"), ("Math", 3), ("String", "s")],
            ("due", "${addDays(now(), 1)}"),
            ("shadow", "${Date + JSON + Math + String}"));

        Assert.Equal("2026-03-03T09:00:00.000+08:00", run.State.RootVariables["due"].GetString());
        Assert.Equal("dj3s", run.State.RootVariables["shadow"].GetString());
    }
}
