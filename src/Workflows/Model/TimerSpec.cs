using CaseFlow.Workflows.Timers;

namespace CaseFlow.Workflows.Model;

/// <summary>A timer value as written: its type, its text and, for a valid literal, the parsed value.</summary>
/// <param name="Type">Whether the text is a date, a duration or a cycle.</param>
/// <param name="Text">The text as written, trimmed.</param>
/// <param name="IsExpression">True when the text contains <c>${…}</c> or <c>#{…}</c>; evaluated at timer creation (R32).</param>
/// <param name="Literal">The parsed value of a valid literal; null for expressions and invalid literals.</param>
/// <param name="Position">Where the timer element starts.</param>
public sealed record TimerSpec(TimerType Type, string Text, bool IsExpression, TimerValue? Literal, SourcePosition Position);
