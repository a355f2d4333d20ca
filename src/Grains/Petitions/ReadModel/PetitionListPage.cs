namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>One page of the petition tracker with the total number of matches.</summary>
public sealed record PetitionListPage(IReadOnlyList<PetitionListItem> Items, int Page, int PageSize, int Total);
