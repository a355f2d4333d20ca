namespace CaseFlow.Workflows.Execution.Commands;

/// <summary>The user-task command "raise error" (R60): caught, the task is cancelled; uncaught, <c>ErrorNotCaught</c>.</summary>
/// <param name="CommandId">The idempotency key.</param>
/// <param name="TaskId">The open task.</param>
/// <param name="ErrorCode">The business error code matched against error boundaries.</param>
/// <param name="ErrorMessage">Goes to <c>errorMessageVariable</c>.</param>
/// <param name="Actor">Who raised it.</param>
public sealed record RaiseTaskError(
    string CommandId,
    string TaskId,
    string ErrorCode,
    string? ErrorMessage = null,
    string? Actor = null) : EngineCommand(CommandId);
