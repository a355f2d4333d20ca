using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>Unvalidated profile values: a registration as submitted, or a stored profile with a patch laid over it.</summary>
internal sealed record PersonProfileDraft(
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? IdNumber,
    string? TownCode,
    string? VillageCode,
    string? Phone,
    GuardianInput? Guardian)
{
    public static PersonProfileDraft From(RegisterPerson command) =>
        new(command.Name, command.Gender, command.BirthDate, command.IdNumber, command.TownCode, command.VillageCode, command.Phone, command.Guardian);

    /// <summary>The stored profile with the command's non-null fields laid over it.</summary>
    /// <remarks>A new ID number without gender or birth date re-derives both from the number, so they stay consistent.</remarks>
    public static PersonProfileDraft Merge(PersonProfile current, UpdatePersonProfile patch)
    {
        var idChanged = patch.IdNumber is not null;
        var guardian = patch.RemoveGuardian
            ? null
            : patch.Guardian ?? (current.Guardian is { } g ? new GuardianInput(g.Name, g.Relation, g.Phone) : null);
        return new PersonProfileDraft(
            patch.Name ?? current.Name,
            patch.Gender ?? (idChanged ? null : current.Gender),
            patch.BirthDate ?? (idChanged ? null : current.BirthDate),
            patch.IdNumber ?? current.IdNumber,
            patch.TownCode ?? current.TownCode,
            patch.VillageCode ?? current.VillageCode,
            patch.Phone is null ? current.Phone : patch.Phone.Length == 0 ? null : patch.Phone,
            guardian);
    }
}
