using System.Text.Json;

namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances/{id}/tasks/{taskId}/complete</c>; may be omitted.</summary>
/// <param name="Variables">A JSON object of result variables, written per R67.</param>
public sealed record CompleteInstanceTaskRequest(JsonElement? Variables);
