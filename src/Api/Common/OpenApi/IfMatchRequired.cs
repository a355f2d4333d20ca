using Microsoft.AspNetCore.Builder;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Endpoint metadata: the endpoint refuses a change without <c>If-Match</c> (428), whatever its method.</summary>
/// <remarks>PATCH endpoints are described as needing it by rule; commands sent as POST or PUT say so with this.</remarks>
public sealed class IfMatchRequired
{
    public static IfMatchRequired Instance { get; } = new();

    private IfMatchRequired()
    {
    }
}

/// <summary>Marks command endpoints that need <c>If-Match</c>, so the OpenAPI document and generated clients send it.</summary>
public static class IfMatchRequiredEndpointExtensions
{
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(IfMatchRequired.Instance);
}
