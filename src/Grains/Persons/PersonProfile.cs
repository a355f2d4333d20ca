using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>The validated identity and contact section of a case file, as stored in grain state.</summary>
/// <remarks>
/// This is the one place the full ID number is stored (ARCHITECTURE.md "stored once"). It never leaves the grain:
/// views, history and read-model rows carry the masked form.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.person.profile")]
public sealed record PersonProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] Gender Gender,
    [property: Id(2)] DateOnly BirthDate,
    [property: Id(3)] string IdNumber,
    [property: Id(4)] string TownCode,
    [property: Id(5)] string VillageCode,
    [property: Id(6)] string? Phone,
    [property: Id(7)] Guardian? Guardian);
