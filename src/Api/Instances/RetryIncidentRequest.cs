using System.Text.Json;

namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances/{id}/incidents/{incidentId}/retry</c>; may be omitted.</summary>
/// <param name="Variables">A JSON object written to the root scope before the retry, to fix what failed.</param>
public sealed record RetryIncidentRequest(JsonElement? Variables);
