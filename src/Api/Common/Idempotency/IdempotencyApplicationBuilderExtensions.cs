using CaseFlow.Api.Common.Idempotency;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds Idempotency-Key handling to the pipeline; place it after authentication, so keys are per caller.</summary>
public static class IdempotencyApplicationBuilderExtensions
{
    public static IApplicationBuilder UseCaseFlowIdempotency(this IApplicationBuilder app) =>
        app.UseMiddleware<IdempotencyMiddleware>();
}
