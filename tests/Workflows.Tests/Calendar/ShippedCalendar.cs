using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>The calendar built from the year files shipped in <c>seeds/calendars/cn</c>.</summary>
internal static class ShippedCalendar
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "seeds", "calendars", "cn");

    // Immutable once built, so one instance serves every test.
    private static readonly Lazy<WorkCalendar> Calendar = new(() => WorkCalendarLoader.Load(Folder));

    public static WorkCalendar Instance => Calendar.Value;

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
