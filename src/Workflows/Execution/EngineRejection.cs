namespace CaseFlow.Workflows.Execution;

/// <summary>Why a command was refused; the state is unchanged.</summary>
/// <param name="Code">One of <see cref="RejectionCodes"/>.</param>
/// <param name="Message">A sentence for the caller; never a stack trace or a variable value.</param>
public sealed record EngineRejection(string Code, string Message);
