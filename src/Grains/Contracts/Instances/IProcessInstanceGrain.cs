namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One BPMN process instance, keyed by its instance id (<c>"I"</c> + a version-7 Guid, see <c>ProcessInstanceIds</c>).</summary>
/// <remarks>
/// Every command is one engine step and one state write; commands on one instance run one at a time. Every result
/// carries either the instance view or a <see cref="DomainError"/> with an <see cref="InstanceErrorCodes"/> code;
/// expected refusals are never thrown. Variables travel as JSON object text because the wire format has no codec
/// for <c>JsonElement</c>.
/// </remarks>
[Alias("caseflow.IProcessInstanceGrain")]
public interface IProcessInstanceGrain : IGrainWithStringKey
{
    /// <summary>Starts the instance on the latest published version of the key, or on the given published version.</summary>
    [Alias("start")]
    Task<ProcessInstanceResult> StartAsync(StartProcessInstance command);

    /// <summary>The instance as it stands, or InstanceNotFound before it was started.</summary>
    [Alias("get")]
    Task<ProcessInstanceResult> GetAsync();

    /// <summary>Completes an open user task; a task that is no longer open gets TaskNotActive.</summary>
    [Alias("complete-task")]
    Task<ProcessInstanceResult> CompleteTaskAsync(string taskId, string? variablesJson, string actor, string commandId);

    /// <summary>Re-runs an incident's failed operation after writing the given variables to the root scope.</summary>
    [Alias("retry-incident")]
    Task<ProcessInstanceResult> RetryIncidentAsync(string incidentId, string? variablesJson, string actor, string commandId);

    /// <summary>Cancels the whole instance; the reason is required.</summary>
    [Alias("cancel")]
    Task<ProcessInstanceResult> CancelAsync(string reason, string actor, string commandId);

    /// <summary>A worker finished an offered service job.</summary>
    [Alias("complete-job")]
    Task<ProcessInstanceResult> CompleteJobAsync(string jobId, string? variablesJson, string commandId);

    /// <summary>A worker failed an offered service job; uses one attempt unless <paramref name="retries"/> overrides it.</summary>
    [Alias("fail-job")]
    Task<ProcessInstanceResult> FailJobAsync(string jobId, string errorMessage, int? retries, TimeSpan? retryTimeout, string commandId);

    /// <summary>A worker ended an offered job with a BPMN error: caught by a boundary, or an UnhandledError incident; no retry used.</summary>
    [Alias("throw-job-error")]
    Task<ProcessInstanceResult> ThrowJobErrorAsync(string jobId, string errorCode, string? errorMessage, string? variablesJson, string commandId);

    /// <summary>"Raise error" on an open user task; ErrorNotCaught when no boundary catches it (the task stays open).</summary>
    [Alias("raise-task-error")]
    Task<ProcessInstanceResult> RaiseTaskErrorAsync(string taskId, string errorCode, string? errorMessage, string actor, string commandId);

    /// <summary>"Escalate" on an open user task; an uncaught escalation is accepted and recorded.</summary>
    [Alias("escalate-task")]
    Task<ProcessInstanceResult> EscalateTaskAsync(string taskId, string escalationCode, string actor, string commandId);

    /// <summary>Delivers a message to this instance's one open subscription of that name; the message id is the idempotency key.</summary>
    [Alias("correlate-message")]
    Task<ProcessInstanceResult> CorrelateMessageAsync(string messageName, string? variablesJson, string messageId);
}
