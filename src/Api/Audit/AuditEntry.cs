namespace CaseFlow.Api.Audit;

/// <summary>One audited request: who, with which roles, did what to which target, when, with what result and why.</summary>
/// <param name="Seq">The entry's position in the log; entries are never renumbered or removed.</param>
/// <param name="OccurredAt">When the request was answered.</param>
/// <param name="Actor">The caller's login.</param>
/// <param name="Roles">The caller's roles, comma-separated.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">The route template (e.g. <c>/api/persons/{id}</c>), so entries group by operation.</param>
/// <param name="TargetId">The internal id or key the route named, if any.</param>
/// <param name="Status">The HTTP status the caller received.</param>
/// <param name="Reason">The reason the caller stated in the <c>X-CaseFlow-Reason</c> header, if any.</param>
/// <param name="TraceId">The request's trace id, which also appears in the logs and in any error response.</param>
public sealed record AuditEntry(
    long Seq,
    DateTimeOffset OccurredAt,
    string Actor,
    string Roles,
    string Method,
    string Route,
    string? TargetId,
    int Status,
    string? Reason,
    string TraceId);
