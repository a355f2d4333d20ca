using System.Collections.Immutable;

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

    /// <summary>Everything that happened to the instance, oldest first, or InstanceNotFound before it was started.</summary>
    [Alias("get-history")]
    Task<InstanceHistoryResult> GetHistoryAsync();

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

    /// <summary>An operator cancels element instances, starts before or after elements and sets variables in one step (R73).</summary>
    [Alias("modify")]
    Task<ProcessInstanceResult> ModifyAsync(ImmutableArray<ModificationStep> steps, string? variablesJson, string actor, string? reason, string commandId);

    /// <summary>Moves the instance to another version along an element mapping (R84); MigrationInvalid when it cannot follow the plan.</summary>
    [Alias("migrate")]
    Task<ProcessInstanceResult> MigrateAsync(MigrateProcessInstance command);

    /// <summary>An external worker locks an offered job until now + <paramref name="lockDuration"/>; JobLockMismatch when another worker holds it.</summary>
    [Alias("lock-job")]
    Task<ProcessInstanceResult> LockJobAsync(string jobId, string workerId, TimeSpan lockDuration, string commandId);

    /// <summary>The worker holding a job's lock moves its expiry to now + <paramref name="lockDuration"/>.</summary>
    [Alias("extend-job-lock")]
    Task<ProcessInstanceResult> ExtendJobLockAsync(string jobId, string workerId, TimeSpan lockDuration, string commandId);

    /// <summary>The worker holding a job's unexpired lock completes it; anyone else gets JobLockMismatch.</summary>
    [Alias("complete-external-job")]
    Task<ProcessInstanceResult> CompleteExternalJobAsync(string jobId, string workerId, string? variablesJson, string commandId);

    /// <summary>The worker holding a job's unexpired lock reports a failure; uses one attempt unless <paramref name="retries"/> overrides it.</summary>
    [Alias("fail-external-job")]
    Task<ProcessInstanceResult> FailExternalJobAsync(string jobId, string workerId, string errorMessage, int? retries, TimeSpan? retryTimeout, string commandId);
    /// <summary>The actor becomes the assignee of an unassigned task (R59).</summary>
    [Alias("claim-task")]
    Task<ProcessInstanceResult> ClaimTaskAsync(string taskId, TaskCommandContext context);

    /// <summary>Clears the task's assignee (R59).</summary>
    [Alias("unclaim-task")]
    Task<ProcessInstanceResult> UnclaimTaskAsync(string taskId, TaskCommandContext context);

    /// <summary>Makes <paramref name="assignee"/> the task's assignee (R59).</summary>
    [Alias("assign-task")]
    Task<ProcessInstanceResult> AssignTaskAsync(string taskId, string assignee, TaskCommandContext context);

    /// <summary>Delegates the task to <paramref name="assignee"/>; the current assignee gets it back on resolve (R59).</summary>
    [Alias("delegate-task")]
    Task<ProcessInstanceResult> DelegateTaskAsync(string taskId, string assignee, TaskCommandContext context);

    /// <summary>Hands a delegated task back to its owner (R59).</summary>
    [Alias("resolve-task")]
    Task<ProcessInstanceResult> ResolveTaskAsync(string taskId, TaskCommandContext context);

    /// <summary>Moves or clears the due date, and with it the SLA timer (R61).</summary>
    [Alias("set-task-due-date")]
    Task<ProcessInstanceResult> SetTaskDueDateAsync(string taskId, DateTimeOffset? dueDate, TaskCommandContext context);

    /// <summary>Sets or clears the follow-up date (R59).</summary>
    [Alias("set-task-follow-up-date")]
    Task<ProcessInstanceResult> SetTaskFollowUpDateAsync(string taskId, DateTimeOffset? followUpDate, TaskCommandContext context);

    /// <summary>Sets the priority, 0–100 (R59).</summary>
    [Alias("set-task-priority")]
    Task<ProcessInstanceResult> SetTaskPriorityAsync(string taskId, int priority, TaskCommandContext context);

    /// <summary>Returns the task to an earlier user task of its scope (退回, R74); the reason is required.</summary>
    [Alias("return-task")]
    Task<ProcessInstanceResult> ReturnTaskAsync(string taskId, string targetElementId, string reason, TaskCommandContext context);

    /// <summary>Completes a task for a caseworker: checks the revision and the task form, then completes (R59).</summary>
    /// <remarks>A form violation is <see cref="InstanceErrorCodes.FormInvalid"/> with one error per field.</remarks>
    [Alias("submit-task")]
    Task<ProcessInstanceResult> SubmitTaskAsync(string taskId, string? variablesJson, TaskCommandContext context);

    /// <summary>Adds a comment to an open task; recorded in the history with its actor, never with its text.</summary>
    [Alias("comment-task")]
    Task<TaskCommentsResult> CommentTaskAsync(string taskId, string text, TaskCommandContext context);

    /// <summary>
    /// Records in the history that a file, already stored, was attached to a task of this instance: with its actor, id,
    /// type and size, never its name (file names can carry a person's name). Once per attachment id.
    /// </summary>
    [Alias("record-task-attachment")]
    Task<ProcessInstanceResult> RecordTaskAttachmentAsync(string taskId, string attachmentId, string contentType, long sizeBytes, TaskCommandContext context);

    /// <summary>The comments of one task id, oldest first; null for every comment of the instance.</summary>
    [Alias("get-task-comments")]
    Task<TaskCommentsResult> GetTaskCommentsAsync(string? taskId);

    /// <summary>Pauses the task's SLA clock (DOMAIN.md §6.5); the reason is required and recorded in the history.</summary>
    [Alias("pause-task")]
    Task<ProcessInstanceResult> PauseTaskAsync(string taskId, string reason, TaskCommandContext context);

    /// <summary>Resumes the task's SLA clock; the paused days (in the clock's unit) move the deadline and warning later.</summary>
    [Alias("resume-task")]
    Task<ProcessInstanceResult> ResumeTaskAsync(string taskId, string reason, TaskCommandContext context);

    /// <summary>The form of an open task with the current values of its fields.</summary>
    [Alias("get-task-form")]
    Task<TaskFormResult> GetTaskFormAsync(string taskId);

    /// <summary>The earlier user tasks an open task may be returned to now (R74); empty when none, or when the task is not open.</summary>
    [Alias("get-return-targets")]
    Task<ImmutableArray<string>> GetReturnTargetsAsync(string taskId);
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
