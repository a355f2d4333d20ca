using CaseFlow.Api.Audit;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the audit log to the pipeline; place it right after authentication, so it sees the caller.</summary>
public static class AuditApplicationBuilderExtensions
{
    public static IApplicationBuilder UseCaseFlowAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();
}
