namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One component disability of a multiple disability (category 7) with its own grade.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.certificate-component")]
public sealed record CertificateComponent(
    [property: Id(0)] DisabilityCategory? Category,
    [property: Id(1)] int? Grade);
