namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>One page of the worklist with the total number of matches.</summary>
public sealed record TaskListPage(IReadOnlyList<TaskListItem> Items, int Page, int PageSize, int Total);
