using System.Text.Json;

namespace CaseFlow.Api.ExternalTasks;

/// <summary>Body of <c>POST /api/external-tasks/{id}/complete</c>.</summary>
/// <param name="WorkerId">The worker holding the lock.</param>
/// <param name="Variables">A JSON object of result variables, written per R67.</param>
public sealed record CompleteExternalTaskRequest(string? WorkerId, JsonElement? Variables);
