namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>The SLA colour of a running deadline (DOMAIN.md §6.3); stopped clocks and windows have none.</summary>
[GenerateSerializer, Alias("caseflow.clock-colour")]
public enum ClockColour
{
    None = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}
