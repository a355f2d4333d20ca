using Microsoft.AspNetCore.Builder;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Marks endpoints that take one file as a multipart part, so the OpenAPI document and generated clients send it.</summary>
public static class FileUploadEndpointExtensions
{
    public static TBuilder AcceptsFileUpload<TBuilder>(this TBuilder builder, string partName, string description)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new FileUpload(partName, description));
}
