using CaseFlow.Api.Common;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds <see cref="IdNumberQueryGuard"/>: after authorisation and rate limiting, before the endpoints.</summary>
public static class IdNumberQueryGuardApplicationBuilderExtensions
{
    public static IApplicationBuilder UseCaseFlowIdNumberGuard(this IApplicationBuilder app) => app.UseMiddleware<IdNumberQueryGuard>();
}
