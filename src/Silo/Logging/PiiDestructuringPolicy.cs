using Serilog.Core;
using Serilog.Events;

namespace CaseFlow.Silo.Logging;

/// <summary>
/// Destructures any object from the person contracts or the person API (<c>{@Person}</c>) to its type name and,
/// where it has one, its internal id — never its fields.
/// </summary>
/// <remarks>Names, ID numbers, phones and guardians are personal data; the internal id is enough to find the case.</remarks>
public sealed class PiiDestructuringPolicy : IDestructuringPolicy
{
    private static readonly string[] PersonalNamespaces = ["CaseFlow.Grains.Contracts.Persons", "CaseFlow.Api.Persons"];

    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (type.IsEnum || !PersonalNamespaces.Contains(type.Namespace, StringComparer.Ordinal))
        {
            result = null!;
            return false;
        }

        var properties = new List<LogEventProperty>();
        if (type.GetProperty("Id")?.GetValue(value) is string id)
        {
            properties.Add(new LogEventProperty("Id", new ScalarValue(id)));
        }

        result = new StructureValue(properties, type.Name);
        return true;
    }
}
