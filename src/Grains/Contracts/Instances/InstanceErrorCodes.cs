namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>Stable error codes of process-instance commands (BPMN.md §6); the text of messages may change, these never do.</summary>
/// <remarks>
/// Spelled as BPMN.md spells them, unlike the upper-case person codes, because the engine's rejection codes pass
/// through unchanged and external workers already know these names from the specification.
/// </remarks>
public static class InstanceErrorCodes
{
    /// <summary>The process key has never been deployed, or the requested version does not exist (404).</summary>
    public const string ProcessNotFound = "ProcessNotFound";

    /// <summary>The key exists but the requested (or latest) version is a draft or retired (409).</summary>
    public const string VersionNotStartable = "VersionNotStartable";

    /// <summary>No instance was started under this id (404).</summary>
    public const string InstanceNotFound = "InstanceNotFound";

    /// <summary>Start on an id that already holds a started instance, with a different command id (409).</summary>
    public const string InstanceAlreadyStarted = "InstanceAlreadyStarted";

    /// <summary>The instance has completed or was cancelled (409).</summary>
    public const string InstanceNotActive = "InstanceNotActive";

    /// <summary>The user task is not open: completed, cancelled or never existed (409).</summary>
    public const string TaskNotActive = "TaskNotActive";

    /// <summary>The element instance is not where the command expects it (409).</summary>
    public const string ElementNotActive = "ElementNotActive";

    /// <summary>The job is not on offer (409).</summary>
    public const string JobNotActive = "JobNotActive";

    /// <summary>The worker does not hold the job's lock, or the lock has expired (409).</summary>
    public const string JobLockMismatch = "JobLockMismatch";

    /// <summary>A modification instruction names a missing or forbidden target, or a join without viaFlow (422).</summary>
    public const string ModificationInvalid = "ModificationInvalid";

    /// <summary>A migration plan or one instance's migration breaks a rule of R83/R84 (422).</summary>
    public const string MigrationInvalid = "MigrationInvalid";

    /// <summary>No open incident has this id (404).</summary>
    public const string IncidentNotFound = "IncidentNotFound";

    /// <summary>The incident cannot be retried (409).</summary>
    public const string IncidentNotRetryable = "IncidentNotRetryable";

    /// <summary>Variables are not a JSON object, break a name rule or exceed a limit (422).</summary>
    public const string VariableInvalid = "VariableInvalid";

    /// <summary>Cancel without a reason (422).</summary>
    public const string ReasonRequired = "ReasonRequired";

    /// <summary>The engine failed internally; the instance is unchanged (500).</summary>
    public const string EngineFault = "EngineFault";

    /// <summary>A task-raised BPMN error that no boundary catches; the task stays open (422).</summary>
    public const string ErrorNotCaught = "ErrorNotCaught";

    /// <summary>A complete listener refused the task's completion; the task stays open (422).</summary>
    public const string ListenerRejected = "ListenerRejected";

    /// <summary>No open subscription of the instance waits for this message (404).</summary>
    public const string MessageNotCorrelated = "MessageNotCorrelated";

    /// <summary>More than one open subscription matches; nothing is delivered (409).</summary>
    public const string MessageAmbiguous = "MessageAmbiguous";

    /// <summary>A message published with a time-to-live whose name is not on the buffering allow-list (422, R55).</summary>
    public const string MessageNotBufferable = "MessageNotBufferable";

    /// <summary>Claim of a task someone else holds (409).</summary>
    public const string TaskAlreadyClaimed = "TaskAlreadyClaimed";

    /// <summary>Resolve of a task that is not delegated (409).</summary>
    public const string TaskNotDelegated = "TaskNotDelegated";

    /// <summary>Completion of a delegated task before the delegate resolved it (409).</summary>
    public const string TaskDelegationPending = "TaskDelegationPending";

    /// <summary>A task command argument is out of range: an empty assignee, a priority outside 0–100 (422).</summary>
    public const string TaskCommandInvalid = "TaskCommandInvalid";

    /// <summary>Return to a previous step refused by the model, the target or parallel tokens (R74, 409).</summary>
    public const string ReturnNotAllowed = "ReturnNotAllowed";

    /// <summary>The task changed since the caller read it: its revision differs from the expected one (412).</summary>
    public const string TaskVersionMismatch = "TaskVersionMismatch";

    /// <summary>A comment that is empty or too long (422).</summary>
    public const string CommentInvalid = "CommentInvalid";

    /// <summary>Completion values that break the task form: one error per field (422).</summary>
    public const string FormInvalid = "FormInvalid";

    /// <summary>Pause or resume on a task without an SLA clock (409).</summary>
    public const string SlaNotRunning = "SlaNotRunning";

    /// <summary>The task's SLA rule (<c>caseflow.sla.pause</c> = <c>none</c>) does not let its clock pause (409).</summary>
    public const string PauseNotAllowed = "PauseNotAllowed";

    /// <summary>Pause on a task whose clock is already paused (409).</summary>
    public const string TaskAlreadyPaused = "TaskAlreadyPaused";

    /// <summary>Resume on a task whose clock is running (409).</summary>
    public const string TaskNotPaused = "TaskNotPaused";

    /// <summary>A task's form-js reference names a form key or version that has not been deployed (409).</summary>
    public const string FormNotDeployed = "FormNotDeployed";

    /// <summary>The HTTP status the API answers a code with; unknown codes are treated as conflicts.</summary>
    public static int HttpStatusOf(string code) => code switch
    {
        ProcessNotFound or InstanceNotFound or IncidentNotFound or MessageNotCorrelated => 404,
        VariableInvalid or ReasonRequired or ModificationInvalid or MigrationInvalid or ErrorNotCaught or ListenerRejected or MessageNotBufferable => 422,
        TaskCommandInvalid or CommentInvalid or FormInvalid => 422,
        TaskVersionMismatch => 412,
        EngineFault => 500,
        _ => 409,
    };
}
