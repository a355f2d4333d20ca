using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>
/// Writes the API's cross-cutting HTTP conventions into the OpenAPI document, so generated clients know them: every
/// error is ProblemDetails with a <c>code</c>, every PATCH needs <c>If-Match</c>, and every POST accepts <c>Idempotency-Key</c>.
/// </summary>
/// <remarks>These hold for every endpoint under <c>/api</c> because middleware and the shared error path enforce them,
/// not the individual handlers; describing them once here keeps each endpoint's own metadata about its own results.</remarks>
public sealed class HttpConventionsDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string ProblemSchema = nameof(ProblemDetails);

    private const string FieldErrorSchema = "ProblemFieldError";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!document.Components.Schemas.TryGetValue(ProblemSchema, out var existing) || existing is not OpenApiSchema problem)
        {
            problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken).ConfigureAwait(false);
            document.Components.Schemas[ProblemSchema] = problem;
        }

        DescribeExtensions(problem, document);
        var reference = new OpenApiSchemaReference(ProblemSchema, document);
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var (method, operation) in item.Operations)
            {
                operation.Responses ??= [];
                operation.Responses.TryAdd("default", new OpenApiResponse
                {
                    Description = "An error: ProblemDetails with a stable `code` (and `field`, `errors` or `fieldErrors` for input problems).",
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/problem+json"] = new() { Schema = reference } },
                });
                if (method == HttpMethod.Patch)
                {
                    AddHeader(operation, "If-Match", required: true, "The ETag of the resource as last read; 412 when it has changed since, 428 when missing.");
                }
                else if (method == HttpMethod.Post)
                {
                    AddHeader(operation, "Idempotency-Key", required: false, "A repeat with the same key and body within 24 hours returns the first response again; another body is 422.");
                }
            }
        }
    }

    private static void DescribeExtensions(OpenApiSchema problem, OpenApiDocument document)
    {
        problem.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        problem.Properties.TryAdd("code", new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable error code, e.g. VERSION_MISMATCH." });
        problem.Properties.TryAdd("field", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The one field at fault, if any." });
        problem.Properties.TryAdd("traceId", new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Correlates the answer with the node's logs." });
        problem.Properties.TryAdd("errors", new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "Messages per field (camelCase JSON names) for input errors.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        });

        // Task and form endpoints also answer each field error with its stable code (FIELD_REQUIRED, FIELD_RANGE, ...);
        // undeclared, a generated client could reach it only through untyped extension data.
        document.Components!.Schemas!.TryAdd(FieldErrorSchema, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One input error: the field (camelCase JSON name), its stable code and a message.",
            Required = new HashSet<string>(StringComparer.Ordinal) { "field", "code", "message" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["field"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable error code, e.g. FIELD_RANGE." },
                ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        });
        problem.Properties.TryAdd("fieldErrors", new OpenApiSchema
        {
            Type = JsonSchemaType.Array | JsonSchemaType.Null,
            Description = "The input errors with their codes, one per problem, for clients that branch per field (form validation).",
            Items = new OpenApiSchemaReference(FieldErrorSchema, document),
        });
    }

    internal static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
