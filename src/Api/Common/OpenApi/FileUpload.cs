namespace CaseFlow.Api.Common.OpenApi;

/// <summary>Endpoint metadata: the endpoint reads one file from the multipart part <see cref="PartName"/> itself.</summary>
/// <remarks>
/// Such endpoints stream the part section by section instead of binding an <c>IFormFile</c>, so nothing in their
/// signature tells the OpenAPI generator about the part; this says so, for <see cref="FileUploadOperationTransformer"/>.
/// </remarks>
public sealed record FileUpload(string PartName, string Description);
