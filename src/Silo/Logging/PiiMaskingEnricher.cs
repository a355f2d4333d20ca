using CaseFlow.Grains.Persons;
using Serilog.Core;
using Serilog.Events;

namespace CaseFlow.Silo.Logging;

/// <summary>
/// Masks anything shaped like a resident ID number or a mobile phone number in every property of every log event,
/// however it got there (a request path, an exception detail, a value a developer logged by mistake).
/// </summary>
/// <remarks>
/// Structured logging puts every value into a property before a sink renders it, so rewriting properties covers
/// the rendered message too. This is the last line of defence; the first is that domain records print no personal
/// field and log messages name people only by their internal id.
/// </remarks>
public sealed class PiiMaskingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var masked = Mask(value);
            if (!ReferenceEquals(masked, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
            }
        }
    }

    /// <summary>Masks ID- and phone-shaped substrings of a text; returns the same instance when there are none.</summary>
    public static string MaskText(string text) => PiiText.Mask(text);

    private static LogEventPropertyValue Mask(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var masked = MaskText(text);
                return masked == text ? value : new ScalarValue(masked);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Mask).ToList();
                return Changed(elements, sequence.Elements) ? new SequenceValue(elements) : value;
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Mask(p.Value))).ToList();
                return Changed(properties.Select(p => p.Value), structure.Properties.Select(p => p.Value))
                    ? new StructureValue(properties, structure.TypeTag)
                    : value;
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.ToDictionary(e => e.Key, e => Mask(e.Value));
                return Changed(entries.Values, dictionary.Elements.Values) ? new DictionaryValue(entries) : value;
            default:
                return value;
        }
    }

    private static bool Changed(IEnumerable<LogEventPropertyValue> after, IEnumerable<LogEventPropertyValue> before) =>
        after.Zip(before).Any(pair => !ReferenceEquals(pair.First, pair.Second));
}
