using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Describes the body of endpoints marked <see cref="FileUpload"/> as a multipart form with one binary part.</summary>
/// <remarks>
/// Declared only as the bare file (<c>Accepts/// Declared as the bare file (<c>Accepts&lt;IFormFile&gt;</c>), the body becamelt;IFormFile/// Declared as the bare file (<c>Accepts&lt;IFormFile&gt;</c>), the body becamegt;</c>), the body became a raw stream sent as
/// <c>multipart/form-data</c> without a boundary or part, which every upload from a generated client failed on. An object
/// with a binary property is what generators turn into a real multipart form with a named file part.
/// </remarks>
public sealed class FileUploadOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FileUpload>().FirstOrDefault() is not { } upload)
        {
            return Task.CompletedTask;
        }

        var form = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { upload.PartName },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                [upload.PartName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = upload.Description },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["multipart/form-data"] = new() { Schema = form } },
        };
        return Task.CompletedTask;
    }
}
