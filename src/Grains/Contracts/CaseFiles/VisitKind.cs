namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>遍访 sweep, 回访 quarterly re-visit, 核实 verification, 专项 ad hoc, 慰问 condolence (DOMAIN.md §3.7).</summary>
[GenerateSerializer, Alias("caseflow.visit-kind")]
public enum VisitKind
{
    Sweep = 1,
    Revisit = 2,
    Verification = 3,
    AdHoc = 4,
    Condolence = 5,
}
