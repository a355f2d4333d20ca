namespace CaseFlow.Grains.Notifications;

/// <summary>The <c>kind</c> words of notifications; stored, sent to webhooks and filtered on, so never renamed.</summary>
public static class NotificationKinds
{
    /// <summary>A task is waiting for a group the recipient belongs to.</summary>
    public const string TaskAvailable = "taskAvailable";

    /// <summary>A task was given to the recipient.</summary>
    public const string TaskAssigned = "taskAssigned";

    /// <summary>A task passed its due date; sent to the supervisor of its jurisdiction.</summary>
    public const string TaskOverdue = "taskOverdue";

    /// <summary>An instance stopped on an incident; sent to the supervisor of its jurisdiction.</summary>
    public const string IncidentRaised = "incidentRaised";
}
