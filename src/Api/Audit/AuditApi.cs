using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Audit;

/// <summary>The audit log for auditors: <c>GET /api/audit</c>, filtered by actor, target, method and time.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/audit").WithTags("Audit");
        group.MapGet("/", QueryAsync).WithName("QueryAudit").WithSummary("Who did what to which case, and when (newest first)");
        return group;
    }

    public static async Task<Ok<AuditPage>> QueryAsync([AsParameters] AuditQuery query, AuditStore store, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(http);
        return TypedResults.Ok(await store.QueryAsync(query, http.RequestAborted));
    }
}
