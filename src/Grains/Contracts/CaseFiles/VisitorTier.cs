namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>Which tier of the federation made a visit (三级残联组织遍访).</summary>
[GenerateSerializer, Alias("caseflow.visitor-tier")]
public enum VisitorTier
{
    County = 1,
    Town = 2,
    Village = 3,
}
