namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The API states of DOMAIN.md §6.3, plus <c>Open</c>/<c>Lapsed</c> for windows (periods the petitioner may use).</summary>
[GenerateSerializer, Alias("caseflow.clock-state")]
public enum ClockState
{
    OnTrack = 1,
    AtRisk = 2,
    Overdue = 3,
    Met = 4,
    MetLate = 5,
    Open = 6,
    Lapsed = 7,
    Used = 8,
}
