namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The two subsidies (两项补贴, DOMAIN.md §3.4).</summary>
[GenerateSerializer, Alias("caseflow.subsidy-kind")]
public enum SubsidyKind
{
    /// <summary>困难残疾人生活补贴.</summary>
    Living = 1,

    /// <summary>重度残疾人护理补贴.</summary>
    Care = 2,
}
