namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>The worklist sort keys; ties are broken by task id so paging is stable.</summary>
public static class TaskSorts
{
    public const string Created = "created";
    public const string Due = "due";
    public const string FollowUp = "followUp";
    public const string Priority = "priority";
    public const string Name = "name";
    public const string Sla = "sla";

    /// <summary>The SLA urgency (DOMAIN.md §6.4); tasks without a deadline last.</summary>
    public const string Urgency = "urgency";

    public static IReadOnlyList<string> All { get; } = [Created, Due, FollowUp, Priority, Name, Sla, Urgency];
}
