namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>One worklist page request: who asks, the filter, the order and the page.</summary>
/// <param name="Viewer">The caller; rows they may not see are excluded in SQL.</param>
/// <param name="Filter">The filter.</param>
/// <param name="Sort">One of <see cref="TaskSorts"/>.</param>
/// <param name="Descending">Reverse order.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Now">The instant SLA statuses and "overdue" are judged at.</param>
public sealed record TaskListQuery(
    TaskViewer Viewer, TaskFilter Filter, string Sort, bool Descending, int Page, int PageSize, DateTimeOffset Now)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
