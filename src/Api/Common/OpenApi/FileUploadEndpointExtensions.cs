using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Marks endpoints that take one file as a multipart part, so the OpenAPI document and generated clients send it.</summary>
public static class FileUploadEndpointExtensions
{
    /// <remarks>
    /// The accepts metadata stays: routing answers 415 from it before the handler runs, for any other content type.
    /// </remarks>
    public static RouteHandlerBuilder AcceptsFileUpload(this RouteHandlerBuilder builder, string partName, string description) =>
        builder.Accepts<IFormFile>("multipart/form-data").WithMetadata(new FileUpload(partName, description));
}
