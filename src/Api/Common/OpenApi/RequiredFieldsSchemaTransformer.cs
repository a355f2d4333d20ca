using CaseFlow.Api.Admin;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Persons;
using CaseFlow.Api.Webhooks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Marks the fields a request body cannot do without as required and non-null in the OpenAPI document.</summary>
/// <remarks>
/// Request records keep every field nullable on purpose, so a missing one is answered 422 naming it rather than a 400
/// from the JSON reader; without this the document would call them optional, and generated clients would let callers
/// leave them out. One line per request type.
/// </remarks>
public sealed class RequiredFieldsSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(TokenRequest)] = ["login", "password"],
        [typeof(RegisterPersonRequest)] = ["name", "idNumber", "townCode", "villageCode"],
        [typeof(CreateUserRequest)] = ["login", "displayName"],
        [typeof(AssignRoleRequest)] = ["role", "jurisdiction"],
        [typeof(CreateWebhookRequest)] = ["url", "secret", "kinds"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (!Required.TryGetValue(context.JsonTypeInfo.Type, out var names) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (schema.Properties.TryGetValue(name, out var property))
            {
                schema.Required.Add(name);
                if (property is OpenApiSchema { Type: { } type } inline)
                {
                    inline.Type = type & ~JsonSchemaType.Null;
                }
            }
        }

        return Task.CompletedTask;
    }
}
