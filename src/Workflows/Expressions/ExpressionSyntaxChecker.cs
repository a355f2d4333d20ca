using Acornima;
using Acornima.Ast;
using CaseFlow.Workflows.Diagnostics;

namespace CaseFlow.Workflows.Expressions;

/// <summary>The deploy-time check of expressions and scripts: syntax and callable names (R75, R77).</summary>
/// <remarks>
/// <para>
/// Expressions are translated from JUEL (<see cref="JuelTranslator"/>) and parsed as one JavaScript expression with
/// the Acornima parser Jint itself uses, in strict mode as they will run (R76); scripts are parsed as strict scripts.
/// Nothing is evaluated here.
/// </para>
/// <para>
/// Beyond syntax, a call is rejected when it cannot work in the sandbox: a bare function that is not built in, a
/// method of <c>execution</c> or <c>task</c> that does not exist, and — in expressions only — a method that no value
/// type has (a bean call such as <c>myService.check()</c>). Scripts may build their own objects and functions, so
/// there only bare calls to names the script does not declare are checked.
/// </para>
/// </remarks>
public static class ExpressionSyntaxChecker
{
    /// <summary>Checks every expression in an attribute value; literal text is fine.</summary>
    public static IReadOnlyList<ExpressionIssue> CheckValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var template = ExpressionText.Parse(value);
        var issues = new List<ExpressionIssue>();
        if (template.Error is not null)
        {
            issues.Add(new ExpressionIssue(template.Error, template.ErrorOffset));
        }

        foreach (var segment in template.Expressions)
        {
            if (CheckExpressionBody(segment.Text) is { } issue)
            {
                issues.Add(issue with { Offset = segment.Offset + issue.Offset });
            }
        }

        return issues;
    }

    /// <summary>Checks one expression body (the text between <c>${</c> and <c>}</c>).</summary>
    public static ExpressionIssue? CheckExpressionBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ExpressionIssue("the expression is empty", 0);
        }

        JuelTranslation translation;
        Expression expression;
        try
        {
            translation = JuelTranslator.Translate(body);
            expression = new Parser().ParseExpression(translation.Text, null, true);
        }
        catch (ParseErrorException exception)
        {
            return new ExpressionIssue(SyntaxMessage(exception), JuelTranslator.Translate(body).ToSourceOffset(exception.Error.Index));
        }
        catch (InsufficientExecutionStackException)
        {
            return TooDeep;
        }

        var issue = CheckCalls(expression, declared: null, isScript: false, ScriptKind.Task);
        return issue is null ? null : issue with { Offset = translation.ToSourceOffset(issue.Offset) };
    }

    /// <summary>Checks a JavaScript script.</summary>
    public static ExpressionIssue? CheckScript(string source, ScriptKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        Script script;
        try
        {
            script = new Parser().ParseScript(source, null, true);
        }
        catch (ParseErrorException exception)
        {
            return new ExpressionIssue(SyntaxMessage(exception), exception.Error.Index);
        }
        catch (InsufficientExecutionStackException)
        {
            return TooDeep;
        }

        return CheckCalls(script, DeclaredNames(script), isScript: true, kind);
    }

    /// <summary>The parser guards its recursion; a value nested that deeply is rejected rather than crashing the host.</summary>
    private static readonly ExpressionIssue TooDeep = new("the expression nests too deeply", 0);

    private static string SyntaxMessage(ParseErrorException exception) =>
        $"syntax error: {exception.Description} (line {exception.LineNumber}, column {exception.Column})";

    private static ExpressionIssue? CheckCalls(Node root, HashSet<string>? declared, bool isScript, ScriptKind kind)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            var issue = node switch
            {
                CallExpression call => CheckCallee(call.Callee, declared, isScript, kind),
                NewExpression { Callee: Identifier { Name: var name } } newExpression when BuiltInNames.Forbidden.Contains(name) =>
                    new ExpressionIssue($"'{name}' is not available in the sandbox", newExpression.Start),
                _ => null,
            };
            if (issue is not null)
            {
                return issue;
            }
        }

        return null;
    }

    private static ExpressionIssue? CheckCallee(Expression callee, HashSet<string>? declared, bool isScript, ScriptKind kind)
    {
        switch (callee)
        {
            case Identifier { Name: var name } identifier:
                if (BuiltInNames.Forbidden.Contains(name))
                {
                    return new ExpressionIssue($"'{name}' is not available in the sandbox", identifier.Start);
                }

                var known = BuiltInNames.ExpressionFunctions.Contains(name)
                    || BuiltInNames.JavaScriptFunctions.Contains(name)
                    || (isScript && BuiltInNames.ScriptFunctions.Contains(name))
                    || (declared?.Contains(name) ?? false);
                return known ? null : new ExpressionIssue($"call to unknown function {DiagnosticText.Quote(name)}", identifier.Start);

            case MemberExpression { Computed: false, Property: Identifier { Name: var method } } member:
                return CheckMethod(member, method, declared, isScript, kind);

            default:
                return null;
        }
    }

    private static ExpressionIssue? CheckMethod(MemberExpression member, string method, HashSet<string>? declared, bool isScript, ScriptKind kind)
    {
        var owner = member.Object is Identifier identifier ? identifier.Name : null;
        if (owner is not null && declared is not null && declared.Contains(owner))
        {
            return null;
        }

        if (owner == "execution")
        {
            var methods = isScript ? BuiltInNames.ExecutionScriptMethods : BuiltInNames.ExecutionMethods;
            return methods.Contains(method) ? null : Unknown("execution", method, member);
        }

        if (owner == "task" && kind == ScriptKind.TaskListener)
        {
            return BuiltInNames.TaskMethods.Contains(method) ? null : Unknown("task", method, member);
        }

        if (isScript || (owner is not null && BuiltInNames.JavaScriptObjects.Contains(owner)) || BuiltInNames.ValueMethods.Contains(method))
        {
            return null;
        }

        return new ExpressionIssue(
            $"call to method {DiagnosticText.Quote(method)}, which no variable value has; bean calls are not supported",
            member.Property.Start);
    }

    private static ExpressionIssue Unknown(string owner, string method, MemberExpression member) =>
        new($"'{owner}' has no method {DiagnosticText.Quote(method)}", member.Property.Start);

    /// <summary>The names a script declares: functions, variables and parameters, which it may call.</summary>
    private static HashSet<string> DeclaredNames(Script script)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in script.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case VariableDeclarator { Id: Identifier id }:
                    names.Add(id.Name);
                    break;
                case IFunction function:
                    if (function.Id is { } functionId)
                    {
                        names.Add(functionId.Name);
                    }

                    foreach (var parameter in function.Params)
                    {
                        if (parameter is Identifier parameterId)
                        {
                            names.Add(parameterId.Name);
                        }
                    }

                    break;
            }
        }

        return names;
    }
}
