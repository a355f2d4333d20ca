namespace CaseFlow.Api.ExternalTasks;

/// <summary>Body of <c>POST /api/external-tasks/{id}/failure</c>.</summary>
/// <param name="WorkerId">The worker holding the lock.</param>
/// <param name="ErrorMessage">What went wrong (at most 2,000 characters); kept on the job and on an incident.</param>
/// <param name="Retries">Attempts still allowed after this one (0 raises the incident now); omitted: the model's retry cycle decides.</param>
/// <param name="RetryTimeout">Milliseconds before the job is offered again; omitted: the model's retry cycle decides.</param>
public sealed record ExternalTaskFailureRequest(string? WorkerId, string? ErrorMessage, int? Retries, long? RetryTimeout);
