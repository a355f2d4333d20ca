namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The three 防返贫 monitored categories (DOMAIN.md §1.6).</summary>
[GenerateSerializer, Alias("caseflow.monitoring-category")]
public enum MonitoringCategory
{
    /// <summary>脱贫不稳定户.</summary>
    UnstableExPoor = 1,

    /// <summary>边缘易致贫户.</summary>
    MarginalAtRisk = 2,

    /// <summary>突发严重困难户.</summary>
    SuddenHardship = 3,
}
