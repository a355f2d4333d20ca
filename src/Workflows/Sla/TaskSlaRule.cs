using System.Globalization;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Sla;

/// <summary>The SLA parameters of one user task, read from its reserved <c>caseflow.sla.*</c> properties (§2.1, DOMAIN.md §6.1).</summary>
/// <param name="Unit"><c>caseflow.sla.unit</c>: <c>CALENDAR_DAYS</c> (default) or <c>WORKING_DAYS</c>.</param>
/// <param name="Duration"><c>caseflow.sla.duration</c>: whole units from creation, used when the task has no due date.</param>
/// <param name="WarningShare"><c>caseflow.sla.warning</c> as a share such as <c>25%</c> (the default), or null.</param>
/// <param name="WarningUnits"><c>caseflow.sla.warning</c> as whole units before the deadline, such as <c>4</c>, or null.</param>
public sealed record TaskSlaRule(SlaUnit Unit, int? Duration, decimal? WarningShare, int? WarningUnits)
{
    /// <summary>The default of DOMAIN.md §6.1: calendar days, warning at 25 % of the duration before the deadline.</summary>
    public static TaskSlaRule Default { get; } = new(SlaUnit.CalendarDays, null, 0.25m, null);

    /// <summary>The rule of a node; unreadable values fall back to the defaults rather than failing a running task.</summary>
    public static TaskSlaRule Of(FlowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var unit = string.Equals(node.Property("caseflow.sla.unit")?.Trim(), "WORKING_DAYS", StringComparison.OrdinalIgnoreCase)
            ? SlaUnit.WorkingDays
            : SlaUnit.CalendarDays;
        int? duration = int.TryParse(node.Property("caseflow.sla.duration"), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : null;
        var warning = node.Property("caseflow.sla.warning")?.Trim();
        if (warning is { Length: > 1 } && warning.EndsWith('%')
            && decimal.TryParse(warning[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and < 100)
        {
            return new(unit, duration, percent / 100m, null);
        }

        return int.TryParse(warning, NumberStyles.None, CultureInfo.InvariantCulture, out var units) && units > 0
            ? new(unit, duration, null, units)
            : Default with { Unit = unit, Duration = duration };
    }
}
