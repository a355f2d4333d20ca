namespace CaseFlow.Workflows.Model;

/// <summary>A sequence flow's <c>conditionExpression</c>: exactly one <c>${…}</c> (R75).</summary>
/// <param name="Text">The expression text as written, trimmed.</param>
/// <param name="Position">Where the element starts.</param>
public sealed record ConditionExpression(string Text, SourcePosition Position);
