namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>clue → determined → eliminated (风险消除) (DOMAIN.md §3.10).</summary>
[GenerateSerializer, Alias("caseflow.monitoring-status")]
public enum MonitoringStatus
{
    Clue = 1,
    Determined = 2,
    Eliminated = 3,
}
