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

    /// <summary>R45: the called key (with its binding) has no published version; a retry resolves it again.</summary>
    public const string CalledElementNotFound = "CalledElementNotFound";

    /// <summary>R45: a call would nest more than 16 instances deep.</summary>
    public const string CallDepthExceeded = "CallDepthExceeded";

    /// <summary>R47: an operator cancelled the child instance directly; the caller's call activity parks here.</summary>
    public const string ChildCancelled = "ChildCancelled";

    /// <summary>A multi-instance activity would create more inner instances than the limit (R48).</summary>
    public const string MultiInstanceLimit = "MultiInstanceLimit";

    /// <summary>A construct this engine cannot run, such as a subprocess without a none start event.</summary>
    /// <remarks>Not in R70's list: it marks a gap in this engine, so a deployed model stalls visibly instead of crashing.</remarks>
    public const string UnsupportedConstruct = "UnsupportedConstruct";
}
