using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One certificate number held by a person, as callers see it.</summary>
/// <remarks>
/// <c>NumberMasked</c>: the 18-character ID part masked exactly like the ID number (first 4, ten stars, last 4),
/// followed by the category and grade digits, e.g. <c>1101**********002X42</c>. The full number is never returned.
/// <c>Status</c> reads <c>Expired</c> from the expiry date on, although the stored status stays valid.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.certificate-view")]
public sealed record CertificateView(
    [property: Id(0)] string NumberMasked,
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
    [property: Id(15)] string? ProcessInstanceId);
