using CaseFlow.Api.Audit;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Adds the audit log to the pipeline; place it right after authentication, so it sees the caller, and before
/// authorisation and rate limiting, so it also records the requests they refuse.
/// </summary>
public static class AuditApplicationBuilderExtensions
{
    public static IApplicationBuilder UseCaseFlowAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();
}
