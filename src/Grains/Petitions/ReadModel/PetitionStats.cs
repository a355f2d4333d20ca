namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>Counts over the petitions the caller sees (DOMAIN.md §4.3 "statistics the annual petition report needs").</summary>
/// <remarks>Counts by a column map its value to the number of petitions; <c>open</c> is everything not closed.</remarks>
public sealed record PetitionStats(
    int Total,
    int Open,
    int Overdue,
    int AtRisk,
    int Extended,
    int NoticeLate,
    int HandlingLate,
    int Repeats,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByItemType,
    IReadOnlyDictionary<string, int> ByOutcome,
    IReadOnlyDictionary<string, int> BySatisfaction);
