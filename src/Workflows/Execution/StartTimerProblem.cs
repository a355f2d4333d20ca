namespace CaseFlow.Workflows.Execution;

/// <summary>Why a timer start event could not be planned.</summary>
/// <param name="ElementId">The start event.</param>
/// <param name="Message">What is wrong with its value; names no variable values (there are none).</param>
public sealed record StartTimerProblem(string ElementId, string Message);
