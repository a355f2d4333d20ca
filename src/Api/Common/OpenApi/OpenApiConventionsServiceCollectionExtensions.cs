using System.Text.Json;
using CaseFlow.Api.Common.OpenApi;
using Microsoft.AspNetCore.OpenApi;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds CaseFlow's HTTP conventions to the <c>v1</c> OpenAPI document, so clients generated from it are accurate.</summary>
public static class OpenApiConventionsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseFlowOpenApiConventions(this IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o =>
        {
            // Free JSON values are described inline as objects rather than as a component named after the .NET type.
            o.CreateSchemaReferenceId = type =>
                (Nullable.GetUnderlyingType(type.Type) ?? type.Type) == typeof(JsonElement) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            o.AddDocumentTransformer<HttpConventionsDocumentTransformer>()
                .AddOperationTransformer<IfMatchOperationTransformer>()
                .AddOperationTransformer<FileUploadOperationTransformer>()
                .AddSchemaTransformer<RequiredFieldsSchemaTransformer>()
                .AddSchemaTransformer<StringEnumSchemaTransformer>()
                .AddSchemaTransformer<JsonObjectSchemaTransformer>();
        });
}
