using CaseFlow.Api.Persons;
using CaseFlow.Api.Processes;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps every CaseFlow API group; the host calls this once.</summary>
public static class CaseFlowApiEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCaseFlowApi(this IEndpointRouteBuilder app)
    {
        app.MapPersonsApi();
        app.MapProcessesApi();
        return app;
    }
}
