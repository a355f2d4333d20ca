namespace CaseFlow.Workflows.Expressions;

/// <summary>An attribute value split into literal text and expressions (R75).</summary>
/// <param name="Segments">The pieces in order; empty for an empty value.</param>
/// <param name="Error">Why the value could not be split (an unclosed <c>${</c>); null when it could.</param>
/// <param name="ErrorOffset">The 0-based offset the error refers to.</param>
public sealed record ExpressionTemplate(IReadOnlyList<ExpressionSegment> Segments, string? Error, int ErrorOffset)
{
    /// <summary>True when the value is exactly one expression, which keeps its result's type.</summary>
    public bool IsSingleExpression => Error is null && Segments.Count == 1 && Segments[0].IsExpression;

    /// <summary>True when at least one piece is an expression; otherwise the value is a literal.</summary>
    public bool HasExpressions => Segments.Any(segment => segment.IsExpression);

    /// <summary>The expression pieces.</summary>
    public IEnumerable<ExpressionSegment> Expressions => Segments.Where(segment => segment.IsExpression);
}
