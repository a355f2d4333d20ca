using CaseFlow.Workflows.Calendar;

namespace CaseFlow.Grains.Tests.Infrastructure;

/// <summary>The business calendar built from the year files shipped in <c>seeds/calendars/cn</c> (2021–2026).</summary>
public static class ShippedCalendar
{
    public static readonly WorkCalendar Instance = WorkCalendarLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "calendars", "cn"));
}
