using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons.ReadModel;

/// <summary>One row of the person list, from the read model (masked values only).</summary>
/// <remarks><c>CertificateGrade</c> is null without a current certificate; <c>MonitoringStatus</c> null without a 防返贫 flag.</remarks>
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
    int Version,
    int? CertificateGrade,
    int OpenProblems,
    string? MonitoringStatus);
