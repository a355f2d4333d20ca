namespace CaseFlow.Api.Audit;

/// <summary>Filters of <c>GET /api/audit</c>; every one is optional. Times are ISO 8601 with an offset.</summary>
public sealed record AuditQuery(
    string? Actor,
    string? TargetId,
    string? Method,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Page,
    int? PageSize);
