namespace CaseFlow.Workflows.Execution.State;

/// <summary>The incident type codes of R70 used by the engine so far.</summary>
public static class IncidentTypes
{
    public const string ExpressionError = "ExpressionError";
    public const string NoOutgoingFlow = "NoOutgoingFlow";
    public const string ServiceRetriesExhausted = "ServiceRetriesExhausted";
    public const string StepLimitExceeded = "StepLimitExceeded";
    public const string JoinUnreachable = "JoinUnreachable";
    public const string TimerExpressionError = "TimerExpressionError";
    public const string CalendarMissing = "CalendarMissing";
    public const string VariableLimitExceeded = "VariableLimitExceeded";
    public const string UnhandledError = "UnhandledError";
    public const string ScriptError = "ScriptError";
    public const string InclusiveJoinDeadlock = "InclusiveJoinDeadlock";

    /// <summary>The wall-clock safety limit of the sandbox (R76): the one non-deterministic failure, so always retryable.</summary>
    public const string ScriptTimeout = "ScriptTimeout";

    /// <summary>A construct the engine cannot run yet (multi-instance activities, call activities).</summary>
    /// <remarks>Not in R70's list: it marks a gap in this engine, so a deployed model stalls visibly instead of crashing.</remarks>
    public const string UnsupportedConstruct = "UnsupportedConstruct";
}
