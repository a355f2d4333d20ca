namespace CaseFlow.Workflows.Sla;

/// <summary>Who an SLA step escalates to, beyond the people working the task.</summary>
public enum EscalationLevel
{
    /// <summary>Nobody beyond the assignee or candidates.</summary>
    None,

    /// <summary>The supervisors of the nearest jurisdiction up the tree.</summary>
    Supervisor,

    /// <summary>The director: the last rung of the escalation ladder.</summary>
    Director,
}
