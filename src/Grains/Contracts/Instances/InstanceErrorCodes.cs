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
    public const string ErrorNotCaught = "ErrorNotCaught";
    public const string MessageNotCorrelated = "MessageNotCorrelated";
    public const string MessageAmbiguous = "MessageAmbiguous";

    /// <summary>The HTTP status the API answers a code with; unknown codes are treated as conflicts.</summary>
    public static int HttpStatusOf(string code) => code switch
    {
        ProcessNotFound or InstanceNotFound or IncidentNotFound => 404,
        VariableInvalid or ReasonRequired => 422,
        EngineFault => 500,
        _ => 409,
    };
}
