namespace CaseFlow.Grains.Tasks.ReadModel;

/// <summary>A worklist filter a user saved under a name.</summary>
public sealed record SavedTaskFilter(string Id, string Name, TaskFilter Filter, DateTimeOffset CreatedAt);
