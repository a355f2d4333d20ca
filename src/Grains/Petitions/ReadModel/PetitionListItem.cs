namespace CaseFlow.Grains.Petitions.ReadModel;

/// <summary>One row of the petition tracker; colour, days left and overdue are as of the query's date.</summary>
/// <remarks><c>Clock</c> is the running clock (notice, handling, review, reReview, or a window); null once none runs.</remarks>
public sealed record PetitionListItem(
    string Id,
    string? PersonId,
    string? TownCode,
    string? VillageCode,
    string Channel,
    string ItemType,
    string MatterCategory,
    string Status,
    string Stage,
    DateOnly ReceivedOn,
    DateOnly? AcceptedOn,
    string? Clock,
    DateOnly? DueOn,
    int? DaysLeft,
    string Colour,
    bool Overdue,
    DateOnly? NoticeDueOn,
    DateOnly? HandlingDueOn,
    bool Extended,
    bool NoticeLate,
    bool HandlingLate,
    string? RepeatOf,
    string? Outcome,
    string? Satisfaction,
    DateOnly? ClosedOn,
    int Version);
