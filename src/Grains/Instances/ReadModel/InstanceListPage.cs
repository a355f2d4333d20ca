namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>One page of the instance list with the total number of matches.</summary>
public sealed record InstanceListPage(IReadOnlyList<InstanceListItem> Items, int Page, int PageSize, int Total);
