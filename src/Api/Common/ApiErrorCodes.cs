namespace CaseFlow.Api.Common;

/// <summary>Stable codes for refusals decided by the HTTP layer itself, before any grain is called.</summary>
/// <remarks>Domain refusals use <c>CaseFlow.Grains.Contracts.DomainErrorCodes</c>; the two sets never overlap.</remarks>
public static class ApiErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string PreconditionRequired = "PRECONDITION_REQUIRED";
    public const string IdInQuery = "ID_IN_QUERY";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
}
