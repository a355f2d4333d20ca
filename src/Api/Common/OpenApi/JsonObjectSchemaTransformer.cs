using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Describes the API's free JSON values (process variables, form values, form schemas) as JSON objects.</summary>
/// <remarks>
/// They are bound as <see cref="JsonElement"/>, which the generator described as an empty schema named
/// <c>JsonElement</c>; NSwag turned that into a class of that name holding only extension data, so setting a variable
/// meant filling <c>AdditionalProperties</c> of a type that shadows System.Text.Json's. Every such value the API takes
/// or gives is an object of named values, so it is described inline as one (the schema reference id of
/// <see cref="JsonElement"/> is none), which clients read as a dictionary.
/// </remarks>
public sealed class JsonObjectSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string AnyValue = "Any JSON value.";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;

        // The generator visits the member schema added here under the same type again; marked, it stays any value.
        if ((type == typeof(JsonElement) || type == typeof(JsonElement?)) && schema.Type is null && !string.Equals(schema.Description, AnyValue, StringComparison.Ordinal))
        {
            schema.Type = type == typeof(JsonElement) ? JsonSchemaType.Object : JsonSchemaType.Object | JsonSchemaType.Null;
            schema.AdditionalProperties = new OpenApiSchema { Description = AnyValue };
        }

        return Task.CompletedTask;
    }
}
