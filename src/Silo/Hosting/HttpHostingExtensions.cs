using CaseFlow.Silo.Health;
using CaseFlow.Silo.Http;
using CaseFlow.Silo.Options;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;
using Serilog;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The HTTP side of a node: ProblemDetails, limits, OpenAPI with its reference page, and health.</summary>
internal static class HttpHostingExtensions
{
    public static IHostApplicationBuilder AddCaseFlowHttp(this IHostApplicationBuilder builder, HttpLimitsOptions http)
    {
        var services = builder.Services;
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.TryAdd("code", ErrorCodes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode));
            problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Bad JSON must reach the exception handler so the answer is ProblemDetails naming the field, in every
        // environment (the framework only throws in Development by default).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = http.MaxRequestBodyBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = http.MaxRequestBodyBytes);

        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CaseFlow API";
            document.Info.Description = "Case files and workflows of a county disabled persons' federation. Errors are ProblemDetails with a stable `code`.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage")
            .AddCheck<ClusterHealthCheck>("cluster")
            .AddCheck<ReadModelHealthCheck>("read-model");
        return builder;
    }

    public static WebApplication UseCaseFlowHttp(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Request logging wraps the exception handler so it records the status the client actually received.
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static IEndpointRouteBuilder MapCaseFlowOperations(this IEndpointRouteBuilder app)
    {
        // Anonymous on purpose: load balancers and operators probe health without credentials, and the API description
        // holds no data (every operation it lists still needs a token).
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("CaseFlow API")).AllowAnonymous();
        app.MapGet("/", () => Results.Redirect("/studio/")).ExcludeFromDescription().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
        return app;
    }
}
