using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons.ReadModel;

/// <summary>One row of the person list, from the read model (masked values only).</summary>
public sealed record PersonListItem(
    string Id,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string IdNumberMasked,
    string TownCode,
    string VillageCode,
    string? PhoneMasked,
    DateTimeOffset UpdatedAt,
    int Version);
