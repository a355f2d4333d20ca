using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Api.CaseFiles;

/// <summary>Body of <c>POST /api/persons/{id}/certificates</c>: the number is computed from the ID number, category and grade.</summary>
/// <remarks>Every field is nullable so a missing value reaches the grain and comes back as a field error.</remarks>
public sealed record IssueCertificateRequest(
    DisabilityCategory? Category,
    int? Grade,
    ImmutableArray<CertificateComponent>? Components,
    int? CardGeneration,
    bool? ECertificateLinked,
    DateOnly? IssueDate,
    DateOnly? ExpiryDate,
    string? IssuingBody,
    CertificateReason? Reason,
    bool? CrossProvince,
    int? InPersonTrips,
    string? ProcessInstanceId)
{
    public IssueCertificate ToCommand(string actor, int expected) => new(actor, expected, Category, Grade, Components ?? [], CardGeneration, ECertificateLinked ?? false, IssueDate, ExpiryDate, IssuingBody, Reason, CrossProvince ?? false, InPersonTrips, ProcessInstanceId);
}
