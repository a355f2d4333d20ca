using CaseFlow.Workflows.Calendar;
using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>DOMAIN.md §5.4 and BPMN.md R36d: a year without data fails loudly and is never guessed.</summary>
public sealed class MissingYearTests
{
    [Fact(DisplayName = "isWorkday in 2027 fails with CALENDAR_YEAR_MISSING and the year")]
    public void IsWorkday_In2027_Throws()
    {
        var error = Assert.Throws<CalendarYearMissingException>(() => Instance.IsWorkday(Date("2027-03-01")));

        Assert.Equal(2027, error.Year);
        Assert.Equal("CALENDAR_YEAR_MISSING", CalendarYearMissingException.Code);
        Assert.StartsWith("CALENDAR_YEAR_MISSING", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027", error.Message, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Working days counted into 2027 fail instead of assuming Mon–Fri")]
    public void AddWorkdays_Into2027_Throws()
    {
        // 2026-12-30 (Wed) + 2: 12-31 is in 2026, the second day would be in 2027.
        Assert.Equal(Date("2026-12-31"), Instance.AddWorkdays(Date("2026-12-30"), 1).Value);
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(() => Instance.AddWorkdays(Date("2026-12-30"), 2)).Year);
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(() => Instance.WorkdaysBetween(Date("2026-12-01"), Date("2027-01-05"))).Year);
    }

    [Fact(DisplayName = "The rollover check of a calendar-day clock ending in 2027 fails too")]
    public void CalendarDays_Into2027_Throws() =>
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(() => Instance.AddCalendarDaysWithRollover(Date("2026-12-01"), 60)).Year);

    [Fact(DisplayName = "2020 (before the shipped data) is missing as well")]
    public void YearBeforeData_Throws() =>
        Assert.Equal(2020, Assert.Throws<CalendarYearMissingException>(() => Instance.AddWorkdays(Date("2021-01-04"), -2)).Year);
}
