using CaseFlow.Workflows.Calendar;
using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>Admin overrides and provisional years (DOMAIN.md §5.3 data handling, §5.4).</summary>
public sealed class OverrideTests
{
    [Fact(DisplayName = "An override file replaces the shipped year as a whole; other years stay shipped")]
    public void Override_ReplacesYear()
    {
        // Arrange: an emergency notice extends the 2025 National Day break to 10-10 and drops the 10-11 make-up day.
        using var overrides = new TempCalendarFolder();
        overrides.Write("2025.json", TempCalendarFolder.YearJson(2025, """
            [{ "name": "国庆", "daysOff": { "from": "2025-10-01", "to": "2025-10-10" }, "makeupWorkdays": ["2025-09-28"] }]
            """));

        // Act
        var calendar = WorkCalendarLoader.Load(Folder, overrides.Path);

        // Assert
        Assert.Equal(Path.Combine(overrides.Path, "2025.json"), calendar.GetYear(2025).Source);
        Assert.False(calendar.IsWorkday(Date("2025-10-10")));
        Assert.False(calendar.IsWorkday(Date("2025-10-11")));
        Assert.True(calendar.IsWorkday(Date("2025-01-28")));
        Assert.Equal(Date("2025-10-13"), calendar.AddCalendarDaysWithRollover(Date("2025-09-20"), 15).Value);
        Assert.Equal(Instance.GetYear(2024).DaysOff.Order(), calendar.GetYear(2024).DaysOff.Order());
    }

    [Fact(DisplayName = "A provisional 2027 is a Mon–Fri calendar and every answer that used it says so")]
    public void ProvisionalYear_IsFlagged()
    {
        using var overrides = new TempCalendarFolder();
        overrides.Write("2027.json", TempCalendarFolder.YearJson(2027, provisional: true));

        var calendar = WorkCalendarLoader.Load(Folder, overrides.Path);

        Assert.True(calendar.IsProvisional(2027));
        Assert.False(calendar.IsProvisional(2026));
        // 2026-12-30 (Wed) + 3: 12-31, 2027-01-01 (Fri, a plain weekday provisionally), 2027-01-04 (Mon).
        Assert.Equal(new CalendarResult<DateOnly>(Date("2027-01-04"), Provisional: true), calendar.AddWorkdays(Date("2026-12-30"), 3));
        Assert.Equal(new CalendarResult<DateOnly>(Date("2027-01-04"), Provisional: true), calendar.AddCalendarDaysWithRollover(Date("2026-12-30"), 3));
        Assert.Equal(new CalendarResult<DateOnly>(Date("2026-12-31"), Provisional: false), calendar.AddWorkdays(Date("2026-12-30"), 1));
        Assert.True(calendar.WorkdaysBetween(Date("2026-12-01"), Date("2027-01-05")).Provisional);
    }

    [Fact(DisplayName = "An override folder that does not exist yet means no overrides")]
    public void MissingOverrideFolder_IsEmpty()
    {
        var calendar = WorkCalendarLoader.Load(Folder, Path.Combine(Path.GetTempPath(), "caseflow-no-such-folder", Guid.NewGuid().ToString("N")));

        Assert.Equal(Instance.Years, calendar.Years);
    }

    [Fact(DisplayName = "A missing shipped folder is an error, not an empty calendar")]
    public void MissingShippedFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => WorkCalendarLoader.Load(Path.Combine(Folder, "no-such-folder")));
}
