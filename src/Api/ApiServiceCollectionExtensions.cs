using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Api.Audit;
using CaseFlow.Api.Common.Idempotency;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Services of the HTTP API.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>JSON for the API: camelCase names and enums as strings (<c>"Male"</c>, not <c>1</c>).</summary>
    public static IServiceCollection AddCaseFlowApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;

            // Numbers are numbers: the web default also reads "12" as 12, which makes every integer in the OpenAPI
            // document "integer or string" and generated clients then mistype defaults.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            if (!o.SerializerOptions.Converters.OfType<JsonStringEnumConverter>().Any())
            {
                o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            }
        });
        services.TryAddSingleton<IdempotencyStore>();
        services.TryAddSingleton<AuditStore>();
        services.TryAddSingleton<SignInAudit>();
        services.AddCaseFlowOpenApiConventions();
        return services;
    }
}
