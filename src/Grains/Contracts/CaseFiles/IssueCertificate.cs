using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Issues a certificate number (ID number + category + grade); the previous valid one becomes superseded.</summary>
/// <remarks>
/// <c>ExpiryDate</c> defaults to the same calendar day ten years after the issue date (29 Feb → 28 Feb).
/// <c>Components</c> is required for category 7 (multiple) and then the grade must be the most severe component's.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.issue-certificate")]
public sealed record IssueCertificate(
    [property: Id(0)] string Actor,
    [property: Id(1)] int? ExpectedVersion,
    [property: Id(2)] DisabilityCategory? Category,
    [property: Id(3)] int? Grade,
    [property: Id(4)] ImmutableArray<CertificateComponent> Components,
    [property: Id(5)] int? CardGeneration,
    [property: Id(6)] bool ECertificateLinked,
    [property: Id(7)] DateOnly? IssueDate,
    [property: Id(8)] DateOnly? ExpiryDate,
    [property: Id(9)] string? IssuingBody,
    [property: Id(10)] CertificateReason? Reason,
    [property: Id(11)] bool CrossProvince,
    [property: Id(12)] int? InPersonTrips,
    [property: Id(13)] string? ProcessInstanceId) : ICaseFileCommand
{
    [Id(100)]
    public string? IdempotencyKey { get; init; }
}
