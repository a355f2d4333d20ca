using System.Collections.Immutable;
using System.Globalization;
using CaseFlow.Grains.Contracts.Persons;

namespace CaseFlow.Grains.Persons;

/// <summary>Field-by-field before/after of two profiles, with ID numbers and phones masked.</summary>
/// <remarks>History is shown to every role that can see the case, so it holds only what a view may show.</remarks>
internal static class ProfileChanges
{
    public static ImmutableArray<FieldChange> Between(PersonProfile? before, PersonProfile after)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        Add(changes, "name", before?.Name, after.Name);
        Add(changes, "gender", before?.Gender.ToString(), after.Gender.ToString());
        Add(changes, "birthDate", Date(before?.BirthDate), Date(after.BirthDate));
        Add(changes, "idNumber", Masked(before?.IdNumber, PiiMasking.MaskIdNumber), Masked(after.IdNumber, PiiMasking.MaskIdNumber), before?.IdNumber, after.IdNumber);
        Add(changes, "townCode", before?.TownCode, after.TownCode);
        Add(changes, "villageCode", before?.VillageCode, after.VillageCode);
        Add(changes, "phone", Masked(before?.Phone, PiiMasking.MaskPhone), Masked(after.Phone, PiiMasking.MaskPhone), before?.Phone, after.Phone);
        Add(changes, "guardian.name", before?.Guardian?.Name, after.Guardian?.Name);
        Add(changes, "guardian.relation", before?.Guardian?.Relation, after.Guardian?.Relation);
        Add(changes, "guardian.phone", Masked(before?.Guardian?.Phone, PiiMasking.MaskPhone), Masked(after.Guardian?.Phone, PiiMasking.MaskPhone),
            before?.Guardian?.Phone, after.Guardian?.Phone);
        return changes.ToImmutable();
    }

    // Masked values are compared in full: two different numbers can share a mask, and that change must still show.
    private static void Add(ImmutableArray<FieldChange>.Builder changes, string field, string? before, string? after, string? rawBefore, string? rawAfter)
    {
        if (!string.Equals(rawBefore, rawAfter, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }

    private static void Add(ImmutableArray<FieldChange>.Builder changes, string field, string? before, string? after) =>
        Add(changes, field, before, after, before, after);

    private static string? Masked(string? value, Func<string, string> mask) => value is null ? null : mask(value);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
