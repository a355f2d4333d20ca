namespace CaseFlow.Workflows.Model;

/// <summary>A <c>camunda:field</c> of a listener handler: a literal string or an expression.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value as written (<c>stringValue</c>, <c>expression</c> or a nested element).</param>
/// <param name="IsExpression">True when written as <c>expression</c>.</param>
public sealed record ListenerField(string Name, string? Value, bool IsExpression);
