namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>How much of the contribution the government pays.</summary>
[GenerateSerializer, Alias("caseflow.reduction-share")]
public enum ReductionShare
{
    Full = 1,
    Partial = 2,
}
