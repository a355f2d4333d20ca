namespace CaseFlow.Workflows.Expressions;

/// <summary>A problem found in an expression or script at deploy (BPMN301).</summary>
/// <param name="Message">English description, quoting at most a name from the input.</param>
/// <param name="Offset">0-based offset in the attribute value or script text the problem refers to.</param>
public sealed record ExpressionIssue(string Message, int Offset);
