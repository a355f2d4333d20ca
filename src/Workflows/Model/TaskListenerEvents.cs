namespace CaseFlow.Workflows.Model;

/// <summary>The events a <c>camunda:taskListener</c> may name (R58, R61).</summary>
public static class TaskListenerEvents
{
    public const string Create = "create";
    public const string Assignment = "assignment";
    public const string Update = "update";
    public const string Complete = "complete";
    public const string Delete = "delete";
    public const string Timeout = "timeout";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([Create, Assignment, Update, Complete, Delete, Timeout], StringComparer.Ordinal);
}
