using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>Reads a date variable written either as <c>2026-03-05</c> or as a date-time (its day in China).</summary>
/// <remarks>A form's date field accepts both (BPMN.md §2), and a date-time names a day only once placed in a zone.</remarks>
internal sealed class LenientDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text is not null && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return ShanghaiTime.DateOf(instant);
        }

        throw new JsonException("Not an ISO 8601 date.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
