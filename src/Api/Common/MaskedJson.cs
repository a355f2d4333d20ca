using System.Text.Json;
using CaseFlow.Grains.Persons;

namespace CaseFlow.Api.Common;

/// <summary>
/// Process variables as responses show them: any string (or number) shaped like a resident ID number or a mobile
/// number is masked, wherever it sits in the document (DOMAIN.md §8.2, "masked in every response").
/// </summary>
/// <remarks>
/// The case file holds the ID number once, in the person's record; a process has no need to carry it, but a form
/// field could still capture one. The stored value is unchanged; only what leaves the node is masked, and the full
/// number stays behind <c>POST /api/persons/{id}/reveal</c>.
/// </remarks>
public static class MaskedJson
{
    /// <summary>The document parsed from <paramref name="json"/>, masked; a detached element the caller may keep.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Mask(document.RootElement);
    }

    /// <summary>A masked copy of <paramref name="element"/>.</summary>
    public static JsonElement Mask(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, element);
        }

        using var masked = JsonDocument.Parse(buffer.ToArray());
        return masked.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(PiiText.Mask(element.GetString()!));
                break;
            case JsonValueKind.Number when PiiText.Mask(element.GetRawText()) is var text && !string.Equals(text, element.GetRawText(), StringComparison.Ordinal):
                // A number shaped like a phone or a legacy ID number is shown masked, which makes it a string.
                writer.WriteStringValue(text);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
