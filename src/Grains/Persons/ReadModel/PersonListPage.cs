namespace CaseFlow.Grains.Persons.ReadModel;

/// <summary>One page of the person list with the total number of matches.</summary>
public sealed record PersonListPage(IReadOnlyList<PersonListItem> Items, int Page, int PageSize, int Total);
