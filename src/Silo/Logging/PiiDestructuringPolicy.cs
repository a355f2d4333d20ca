using Serilog.Core;
using Serilog.Events;

namespace CaseFlow.Silo.Logging;

/// <summary>
/// Destructures any object of the persons, case-file or petition contracts, grains or API (<c>{@Person}</c>,
/// <c>{@Visit}</c>, <c>{@Petition}</c>) to its type name and its internal ids — never its other fields.
/// </summary>
/// <remarks>
/// Names, ID numbers, phones and guardians are personal data; disability category, grade, diagnoses, visit notes and
/// petition content are health or sensitive data (DOMAIN.md §8.1). The internal ids are enough to find the case.
/// Sub-namespaces (read models, the petition process) are covered too, so a type moved inward stays masked.
/// </remarks>
public sealed class PiiDestructuringPolicy : IDestructuringPolicy
{
    private static readonly string[] PersonalNamespaces =
    [
        "CaseFlow.Grains.Contracts.Persons", "CaseFlow.Grains.Persons", "CaseFlow.Api.Persons",
        "CaseFlow.Grains.Contracts.CaseFiles", "CaseFlow.Grains.CaseFiles", "CaseFlow.Api.CaseFiles",
        "CaseFlow.Grains.Contracts.Petitions", "CaseFlow.Grains.Petitions", "CaseFlow.Api.Petitions",
    ];

    // Internal ids only: an "IdNumber" is deliberately not among them.
    private static readonly string[] IdProperties = ["Id", "PersonId", "PetitionId", "SubjectPersonId", "PetitionerPersonId"];

    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
    {
        ArgumentNullException.ThrowIfNull(value);
        var type = value.GetType();
        if (type.IsEnum || !IsPersonal(type.Namespace))
        {
            result = null!;
            return false;
        }

        var properties = new List<LogEventProperty>();
        foreach (var name in IdProperties)
        {
            if (type.GetProperty(name)?.GetValue(value) is string id)
            {
                properties.Add(new LogEventProperty(name, new ScalarValue(id)));
            }
        }

        result = new StructureValue(properties, type.Name);
        return true;
    }

    private static bool IsPersonal(string? ns) =>
        ns is not null && PersonalNamespaces.Any(p => ns == p || ns.StartsWith(p + ".", StringComparison.Ordinal));
}
