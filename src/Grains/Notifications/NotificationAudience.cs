namespace CaseFlow.Grains.Notifications;

/// <summary>Who a notification rule addresses; <see cref="RecipientResolver"/> turns each into logins.</summary>
public enum NotificationAudience
{
    /// <summary>Users holding a role named by one of the task's candidate groups, in a jurisdiction covering the instance's.</summary>
    CandidateGroups,

    /// <summary>The task's current assignee.</summary>
    Assignee,

    /// <summary>The supervisors of the nearest jurisdiction, from the instance's up the tree, that has any.</summary>
    Supervisors,

    /// <summary>The task's assignee when it has one, else its candidate groups: whoever is working it (DOMAIN.md §6.4).</summary>
    Workers,

    /// <summary>The caseworkers of the nearest jurisdiction, from the instance's up the tree, that has any; else the supervisors.</summary>
    Caseworkers,

    /// <summary>The directors covering the instance's jurisdiction: the last rung of the escalation ladder.</summary>
    Directors,
}
