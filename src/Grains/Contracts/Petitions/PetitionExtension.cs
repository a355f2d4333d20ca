namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The one approved extension of the handling clock (Art. 34).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.petition-extension")]
public sealed record PetitionExtension(
    [property: Id(0)] int Days,
    [property: Id(1)] string ReasonCode,
    [property: Id(2)] string Justification,
    [property: Id(3)] string RequestedBy,
    [property: Id(4)] string ApprovedBy,
    [property: Id(5)] DateOnly ApprovedOn);
