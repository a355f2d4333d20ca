using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Gives enum schemas whose values are names the type <c>string</c>, which the API's JSON options send.</summary>
/// <remarks>
/// The API writes enums as their names (<c>"Female"</c>), and the generated schema lists those names but no type;
/// generators then emit a numeric enum that cannot read the answers (NSwag's client failed on <c>gender</c>).
/// </remarks>
public sealed class StringEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.Type is null && schema.Enum is { Count: > 0 } values && values.All(v => v is not null && v.GetValueKind() == JsonValueKind.String))
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
