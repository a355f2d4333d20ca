namespace CaseFlow.Workflows.Expressions;

/// <summary>A piece of an attribute value: literal text or the body of one <c>${…}</c>.</summary>
/// <param name="IsExpression">True for an expression body.</param>
/// <param name="Text">The literal text, or the expression body without its delimiters.</param>
/// <param name="Offset">The 0-based offset of <paramref name="Text"/> in the attribute value.</param>
public sealed record ExpressionSegment(bool IsExpression, string Text, int Offset);
