namespace CaseFlow.Workflows.Sla;

/// <summary>The milestones of an SLA clock (DOMAIN.md §6.4).</summary>
public enum SlaStepKind
{
    Warning,
    Breach,
    Reminder,
}
