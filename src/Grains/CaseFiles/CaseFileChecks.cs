using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.CaseFiles;

/// <summary>Collects every failed input rule of one command, so a form can show them all at once.</summary>
/// <remarks>Messages never repeat the submitted value: it may be personal data.</remarks>
public sealed class CaseFileChecks(DateOnly today)
{
    public const int MaxShortText = 100;
    public const int MaxLongText = 2000;

    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool Failed => _errors.Count > 0;

    public void Add(string field, string code, string message) => _errors.Add(new FieldError(field, code, message));

    public T? Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            Add(field, DomainErrorCodes.Required, "This field is required.");
        }

        return value;
    }

    /// <summary>A defined enum member; a number outside the enum (from JSON) is OUT_OF_RANGE.</summary>
    public T? RequiredEnum<T>(T? value, string field)
        where T : struct, Enum
    {
        if (Required(value, field) is { } v && !Enum.IsDefined(v))
        {
            Add(field, CaseFileErrorCodes.OutOfRange, "This value is not one of the allowed values.");
            return null;
        }

        return value;
    }

    /// <summary>Trimmed text, or null; REQUIRED when <paramref name="required"/> and blank, TOO_LONG above the limit.</summary>
    public string? Text(string? value, string field, bool required, int max = MaxShortText)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null)
        {
            if (required)
            {
                Add(field, DomainErrorCodes.Required, "This field is required.");
            }

            return null;
        }

        if (text.Length > max)
        {
            Add(field, DomainErrorCodes.TooLong, $"At most {max} characters.");
            return null;
        }

        return text;
    }

    public int? Range(int? value, string field, int min, int max, bool required = true)
    {
        if (value is null)
        {
            return required ? Required(value, field) : null;
        }

        if (value < min || value > max)
        {
            Add(field, CaseFileErrorCodes.OutOfRange, $"Must be between {min} and {max}.");
            return null;
        }

        return value;
    }

    public decimal? NonNegative(decimal? value, string field)
    {
        if (Required(value, field) is { } v && v < 0)
        {
            Add(field, CaseFileErrorCodes.OutOfRange, "Must not be negative.");
            return null;
        }

        return value;
    }

    /// <summary>A date that has happened: not after today. Absent means today when <paramref name="defaultToday"/>.</summary>
    public DateOnly? PastDate(DateOnly? value, string field, bool defaultToday = true)
    {
        if (value is null)
        {
            return defaultToday ? today : Required(value, field);
        }

        if (value > today)
        {
            Add(field, CaseFileErrorCodes.DateInFuture, "The date must not be in the future.");
            return null;
        }

        return value;
    }

    public void NotBefore(DateOnly? value, DateOnly? earliest, string field, string message)
    {
        if (value is { } v && earliest is { } e && v < e)
        {
            Add(field, CaseFileErrorCodes.DateOrder, message);
        }
    }
}
