using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Grains.Persons;

/// <summary>
/// Checks a profile draft against DOMAIN.md §3.1–3.2 and the jurisdiction tree, collecting every failure so a form
/// can show them all at once.
/// </summary>
internal sealed class PersonProfileRules(IJurisdictionDirectory jurisdictions)
{
    private const int MaxNameLength = 50;
    private const int MaxRelationLength = 20;
    private const int MaxCodeLength = 64;
    private const int AdultAge = 18;

    public async Task<PersonProfileValidation> ValidateAsync(PersonProfileDraft draft, DateOnly today, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        var name = RequiredText(draft.Name, "name", MaxNameLength, errors);

        ResidentIdNumber idNumber = default;
        var idValid = false;
        if (string.IsNullOrWhiteSpace(draft.IdNumber))
        {
            errors.Add(Required("idNumber"));
        }
        else if (ResidentIdNumber.TryParse(draft.IdNumber, today, out idNumber, out var idError))
        {
            idValid = true;
        }
        else
        {
            errors.Add(new FieldError("idNumber", idError, IdMessage(idError)));
        }

        var gender = draft.Gender ?? (idValid ? idNumber.Gender : (Gender?)null);
        var birthDate = draft.BirthDate ?? (idValid ? idNumber.BirthDate : (DateOnly?)null);
        if (idValid && gender != idNumber.Gender)
        {
            errors.Add(new FieldError("gender", DomainErrorCodes.GenderMismatch, "The gender does not match the ID number's sequence digit."));
        }

        if (idValid && birthDate != idNumber.BirthDate)
        {
            errors.Add(new FieldError("birthDate", DomainErrorCodes.BirthDateMismatch, "The birth date does not match the ID number."));
        }

        var phone = OptionalPhone(draft.Phone, "phone", errors);
        var guardian = ValidateGuardian(draft.Guardian, errors);
        if (guardian is null && draft.Guardian is null && idValid && AgeOn(idNumber.BirthDate, today) < AdultAge)
        {
            errors.Add(new FieldError("guardian", DomainErrorCodes.GuardianRequired, "A minor needs a guardian."));
        }

        var (town, village) = await ValidateJurisdictionAsync(draft.TownCode, draft.VillageCode, errors, cancellationToken).ConfigureAwait(false);

        if (errors.Count > 0 || name is null || gender is null || birthDate is null || town is null || village is null)
        {
            return new PersonProfileValidation(null, default, errors);
        }

        return new PersonProfileValidation(
            new PersonProfile(name, gender.Value, birthDate.Value, idNumber.Value, town, village, phone, guardian),
            idNumber,
            errors);
    }

    private async Task<(string? Town, string? Village)> ValidateJurisdictionAsync(
        string? townCode, string? villageCode, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var townText = RequiredText(townCode, "townCode", MaxCodeLength, errors);
        var villageText = RequiredText(villageCode, "villageCode", MaxCodeLength, errors);
        Jurisdiction? town = null;
        if (townText is not null)
        {
            town = await jurisdictions.FindAsync(townText, cancellationToken).ConfigureAwait(false);
            if (town is not { Level: JurisdictionLevel.Town })
            {
                errors.Add(new FieldError("townCode", DomainErrorCodes.JurisdictionUnknown, "No town has this code."));
                town = null;
            }
        }

        if (villageText is not null)
        {
            var village = await jurisdictions.FindAsync(villageText, cancellationToken).ConfigureAwait(false);
            if (village is not { Level: JurisdictionLevel.Village })
            {
                errors.Add(new FieldError("villageCode", DomainErrorCodes.JurisdictionUnknown, "No village or community has this code."));
                villageText = null;
            }
            else if (town is not null && !string.Equals(village.ParentCode, town.Code, StringComparison.Ordinal))
            {
                errors.Add(new FieldError("villageCode", DomainErrorCodes.JurisdictionMismatch, "The village does not belong to the town."));
                villageText = null;
            }
        }

        return (town?.Code, villageText);
    }

    private static Guardian? ValidateGuardian(GuardianInput? input, List<FieldError> errors)
    {
        if (input is null)
        {
            return null;
        }

        var name = RequiredText(input.Name, "guardian.name", MaxNameLength, errors);
        var relation = RequiredText(input.Relation, "guardian.relation", MaxRelationLength, errors);
        var phone = OptionalPhone(input.Phone, "guardian.phone", errors);
        return name is null || relation is null ? null : new Guardian(name, relation, phone);
    }

    private static string? RequiredText(string? value, string field, int maxLength, List<FieldError> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(Required(field));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, DomainErrorCodes.TooLong, $"At most {maxLength} characters."));
            return null;
        }

        return text;
    }

    private static string? OptionalPhone(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var phone = PhoneNumber.Normalise(value);
        if (phone is null)
        {
            errors.Add(new FieldError(field, DomainErrorCodes.PhoneFormat, "A phone number has 7 to 15 digits, optionally with + , spaces or hyphens."));
        }

        return phone;
    }

    private static FieldError Required(string field) => new(field, DomainErrorCodes.Required, "This field is required.");

    private static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return birthDate.AddYears(age) > today ? age - 1 : age;
    }

    private static string IdMessage(string code) => code switch
    {
        DomainErrorCodes.IdChecksum => "The check character does not match the number (GB 11643).",
        DomainErrorCodes.IdBirthDate => "The birth date in the number is not a real date, is in the future, or is before 1900.",
        _ => "An ID number has 18 characters (17 digits and a digit or X), or 15 digits for a legacy number.",
    };
}
