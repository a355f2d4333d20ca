using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Declares the required <c>If-Match</c> header on endpoints marked <see cref="IfMatchRequired"/>.</summary>
/// <remarks>Without it a generated client has no way to send the header, and every task command answered 428.</remarks>
public sealed class IfMatchOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IfMatchRequired>().Any())
        {
            HttpConventionsDocumentTransformer.AddHeader(operation, "If-Match", required: true, "The ETag of the resource as last read; 412 when it has changed since, 428 when missing.");
        }

        return Task.CompletedTask;
    }
}
