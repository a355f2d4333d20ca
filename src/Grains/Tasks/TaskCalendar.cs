using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Tasks;

/// <summary>The business calendar task SLA clocks count working days with; null when none is loaded (clocks are then provisional).</summary>
public sealed class TaskCalendar(WorkCalendar? calendar)
{
    public WorkCalendar? Calendar { get; } = calendar;

    /// <summary>The calendar shipped next to the node (<c>seeds/calendars/cn</c>), or null when the folder is absent.</summary>
    public static TaskCalendar FromShippedSeeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds", "calendars", "cn");
        return new TaskCalendar(Directory.Exists(folder) ? WorkCalendarLoader.Load(folder) : null);
    }
}
