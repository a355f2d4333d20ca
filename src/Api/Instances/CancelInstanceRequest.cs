namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances/{id}/cancel</c>.</summary>
/// <param name="Reason">Why the instance is cancelled; required, recorded in the history.</param>
public sealed record CancelInstanceRequest(string? Reason);
