namespace CaseFlow.Api.ExternalTasks;

/// <summary>Body of <c>POST /api/external-tasks/fetch-and-lock</c>.</summary>
/// <param name="WorkerId">The worker that will answer for the jobs it gets (1–128 characters).</param>
/// <param name="MaxTasks">At most this many jobs, 1–100.</param>
/// <param name="Topics">The topics to take jobs from, each with its lock duration.</param>
public sealed record FetchAndLockRequest(string? WorkerId, int? MaxTasks, IReadOnlyList<FetchTopic>? Topics);
