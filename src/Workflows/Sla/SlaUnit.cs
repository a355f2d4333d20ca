using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Sla;

/// <summary>The unit an SLA clock counts in (DOMAIN.md §5.1: set per rule, never inferred).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlaUnit>))]
public enum SlaUnit
{
    CalendarDays,
    WorkingDays,
}
