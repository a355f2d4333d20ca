using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Model;

/// <summary>A text value: a literal, one expression (keeps the result type) or interpolated text (R75).</summary>
/// <param name="Text">The text as written.</param>
public sealed record TextParameterValue(string Text) : ParameterValue
{
    /// <summary>True when the text contains an expression.</summary>
    public bool IsExpression => ExpressionText.ContainsExpression(Text);
}
