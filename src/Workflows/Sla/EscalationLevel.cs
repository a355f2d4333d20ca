namespace CaseFlow.Workflows.Sla;

/// <summary>Who an SLA step escalates to, beyond the people working the task; the ladder climbs in this order (DOMAIN.md §2.3).</summary>
public enum EscalationLevel
{
    /// <summary>Nobody beyond the assignee or candidates.</summary>
    None,

    /// <summary>The caseworkers of the nearest jurisdiction up the tree (the town caseworker for a village task).</summary>
    Caseworker,

    /// <summary>The supervisors of the nearest jurisdiction up the tree.</summary>
    Supervisor,

    /// <summary>The director: the last rung of the escalation ladder.</summary>
    Director,
}
