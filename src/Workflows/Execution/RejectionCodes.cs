namespace CaseFlow.Workflows.Execution;

/// <summary>Stable error codes of rejected commands (BPMN.md §6).</summary>
public static class RejectionCodes
{
    public const string InstanceNotActive = "InstanceNotActive";
    public const string InstanceAlreadyStarted = "InstanceAlreadyStarted";
    public const string TaskNotActive = "TaskNotActive";
    public const string ElementNotActive = "ElementNotActive";
    public const string JobNotActive = "JobNotActive";
    public const string JobLockMismatch = "JobLockMismatch";
    public const string IncidentNotFound = "IncidentNotFound";
    public const string IncidentNotRetryable = "IncidentNotRetryable";
    public const string VariableInvalid = "VariableInvalid";
    public const string ReasonRequired = "ReasonRequired";
    public const string ModificationInvalid = "ModificationInvalid";
    public const string ProcessMismatch = "ProcessMismatch";
    public const string EngineFault = "EngineFault";
    public const string TaskAlreadyClaimed = "TaskAlreadyClaimed";
    public const string TaskNotDelegated = "TaskNotDelegated";
    public const string TaskDelegationPending = "TaskDelegationPending";
    public const string TaskCommandInvalid = "TaskCommandInvalid";
    public const string ReturnNotAllowed = "ReturnNotAllowed";
    public const string ErrorNotCaught = "ErrorNotCaught";
    public const string MessageNotCorrelated = "MessageNotCorrelated";
    public const string MessageAmbiguous = "MessageAmbiguous";
    public const string CallNotActive = "CallNotActive";
    public const string ListenerRejected = "ListenerRejected";
}
