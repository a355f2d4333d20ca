namespace CaseFlow.Api.Persons;

/// <summary>The text of a village public notice (公示) and the fields it was built from.</summary>
/// <remarks>
/// Only what DOMAIN.md §8.2 whitelists: the partly masked name, the village and town, the item and the notice period.
/// Never an ID number, category, grade, diagnosis, phone, bank data or photo.
/// </remarks>
public sealed record PublicNotice(
    string Title,
    string Text,
    string MaskedName,
    string Village,
    string Town,
    string Item,
    DateOnly From,
    DateOnly To);
