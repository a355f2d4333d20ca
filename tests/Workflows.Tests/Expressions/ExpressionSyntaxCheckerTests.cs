using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Expressions;

/// <summary>R75, R77: the deploy-time syntax and callable-name check.</summary>
public sealed class ExpressionSyntaxCheckerTests
{
    [Theory(DisplayName = "Valid expressions pass")]
    [InlineData("${a gt 1 and not empty list}")]
    [InlineData("${addWorkdays(now(), 3)}")]
    [InlineData("${ {level: grade, at: today()} }")]
    [InlineData("Dear ${name}, your case ${caseNo.toUpperCase()} is open")]
    [InlineData("${reviewers.filter(r => r.active).map(r => r.id)}")]
    [InlineData("${execution.getVariable('x') == Math.max(1, 2)}")]
    [InlineData("${nrOfCompletedInstances/nrOfInstances >= 0.6}")]
    [InlineData("${list.size() > 0 && name.equals('a')}")]
    public void Valid_expressions_pass(string value) =>
        Assert.Empty(ExpressionSyntaxChecker.CheckValue(value));

    [Fact(DisplayName = "A syntax error is reported with its offset in the written value")]
    public void Syntax_error_has_offset()
    {
        var issue = Assert.Single(ExpressionSyntaxChecker.CheckValue("x ${a and} y"));

        Assert.Contains("syntax error", issue.Message, StringComparison.Ordinal);
        Assert.InRange(issue.Offset, 4, 10);
    }

    [Theory(DisplayName = "Calls that cannot work in the sandbox are reported")]
    [InlineData("${lookupUser(id)}", "lookupUser")]
    [InlineData("${eval('1')}", "eval")]
    [InlineData("${myService.check()}", "check")]
    [InlineData("${execution.getProcessEngine()}", "getProcessEngine")]
    [InlineData("${new Function('return 1')()}", "Function")]
    public void Unknown_calls_are_reported(string value, string name) =>
        Assert.Contains(name, Assert.Single(ExpressionSyntaxChecker.CheckValue(value)).Message, StringComparison.Ordinal);

    [Fact(DisplayName = "Scripts may call the functions they declare and the script built-ins")]
    public void Scripts_may_call_their_own_functions()
    {
        const string script = """
            function total(items) { return items.reduce((sum, item) => sum + item.amount, 0); }
            const helper = { double(x) { return x * 2; } };
            setVariable('total', helper.double(total(claims)));
            if (total(claims) > 1000) { bpmnError('TOO_HIGH', 'over limit'); }
            """;

        Assert.Null(ExpressionSyntaxChecker.CheckScript(script, ScriptKind.Task));
    }

    [Fact(DisplayName = "Scripts may not call undeclared functions or unknown execution methods")]
    public void Scripts_unknown_calls_are_reported()
    {
        Assert.NotNull(ExpressionSyntaxChecker.CheckScript("importNamespace('System.IO')", ScriptKind.Task));
        Assert.NotNull(ExpressionSyntaxChecker.CheckScript("execution.getProcessEngineServices()", ScriptKind.Task));
        Assert.NotNull(ExpressionSyntaxChecker.CheckScript("task.complete()", ScriptKind.TaskListener));
    }

    [Fact(DisplayName = "A hostile, deeply nested value is rejected without crashing the host")]
    public void Deep_nesting_is_rejected()
    {
        var expression = "${" + new string('(', 30_000) + "a" + new string(')', 30_000) + "}";

        Assert.Contains("too deeply", Assert.Single(ExpressionSyntaxChecker.CheckValue(expression)).Message, StringComparison.Ordinal);
        Assert.NotNull(ExpressionSyntaxChecker.CheckScript(new string('[', 30_000), ScriptKind.Task));
    }

    [Fact(DisplayName = "Scripts are parsed in strict mode")]
    public void Scripts_are_strict() =>
        Assert.NotNull(ExpressionSyntaxChecker.CheckScript("with (a) { b = 1; }", ScriptKind.Task));
}
