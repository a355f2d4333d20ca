namespace CaseFlow.Workflows.Execution.Effects;

/// <summary>The <see cref="TaskUpdated.Change"/> words; stored in case histories, so never renamed.</summary>
public static class TaskChanges
{
    public const string Claimed = "taskClaimed";
    public const string Unclaimed = "taskUnclaimed";
    public const string Assigned = "taskAssigned";
    public const string Delegated = "taskDelegated";
    public const string Resolved = "taskResolved";
    public const string DueDateChanged = "taskDueDateChanged";
    public const string FollowUpDateChanged = "taskFollowUpDateChanged";
    public const string PriorityChanged = "taskPriorityChanged";
}
