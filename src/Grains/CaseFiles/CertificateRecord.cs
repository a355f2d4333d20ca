using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>One certificate number as stored: the full 20-character number, which embeds the ID number.</summary>
/// <remarks>Like the profile's ID number it never leaves the grain unmasked (<see cref="CertificateNumbers.Mask"/>).</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.person.certificate")]
public sealed record CertificateRecord(
    [property: Id(0)] string Number,
    [property: Id(1)] DisabilityCategory Category,
    [property: Id(2)] int Grade,
    [property: Id(3)] ImmutableArray<CertificateComponent> Components,
    [property: Id(4)] int CardGeneration,
    [property: Id(5)] bool ECertificateLinked,
    [property: Id(6)] DateOnly IssueDate,
    [property: Id(7)] DateOnly ExpiryDate,
    [property: Id(8)] string IssuingBody,
    [property: Id(9)] CertificateStatus Status,
    [property: Id(10)] CertificateReason Reason,
    [property: Id(11)] CertificateEndReason? EndReason,
    [property: Id(12)] DateOnly? EndedOn,
    [property: Id(13)] bool CrossProvince,
    [property: Id(14)] int InPersonTrips,
    [property: Id(15)] string? ProcessInstanceId)
{
    /// <summary>The status as of <paramref name="today"/>: a valid certificate past its expiry date reads expired.</summary>
    public CertificateStatus StatusOn(DateOnly today) =>
        Status == CertificateStatus.Valid && today > ExpiryDate ? CertificateStatus.Expired : Status;

    public CertificateView ToView(DateOnly today) => new(
        CertificateNumbers.Mask(Number), Category, Grade, Components, CardGeneration, ECertificateLinked, IssueDate, ExpiryDate,
        IssuingBody, StatusOn(today), Reason, EndReason, EndedOn, CrossProvince, InPersonTrips, ProcessInstanceId);
}
