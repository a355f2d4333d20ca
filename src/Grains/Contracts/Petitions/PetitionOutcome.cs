namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The decision of a handling opinion (Art. 32), a mediation or settlement (Art. 33), or routing elsewhere (Art. 31).</summary>
[GenerateSerializer, Alias("caseflow.petition-outcome")]
public enum PetitionOutcome
{
    Support = 1,
    Explanation = 2,
    NotSupported = 3,
    Mediated = 4,
    Routed = 5,
}
