namespace CaseFlow.Api.ExternalTasks;

/// <summary>Body of <c>POST /api/external-tasks/{id}/extend-lock</c>.</summary>
/// <param name="WorkerId">The worker holding the lock.</param>
/// <param name="NewDuration">Milliseconds from now the lock lasts, 1 to 86,400,000.</param>
public sealed record ExtendLockRequest(string? WorkerId, long? NewDuration);
