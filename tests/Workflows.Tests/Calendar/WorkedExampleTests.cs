using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>The test vectors of DOMAIN.md §5.5, computed with the shipped 2021–2026 data.</summary>
public sealed class WorkedExampleTests
{
    [Theory(DisplayName = "N calendar days: raw last day is start + N, rolled to the next working day")]
    [InlineData("2024-09-17", 15, "2024-10-02", "2024-10-08")] // last day in the National Day break
    [InlineData("2024-09-25", 15, "2024-10-10", "2024-10-10")] // working day
    [InlineData("2025-01-20", 15, "2025-02-04", "2025-02-05")] // Spring Festival break ends 02-04
    [InlineData("2025-09-20", 15, "2025-10-05", "2025-10-09")] // break 10-01 – 10-08
    [InlineData("2026-02-01", 15, "2026-02-16", "2026-02-24")] // break 02-15 – 02-23
    [InlineData("2024-08-05", 60, "2024-10-04", "2024-10-08")] // rolls over the break
    [InlineData("2025-08-01", 60, "2025-09-30", "2025-09-30")] // working day
    [InlineData("2025-12-01", 60, "2026-01-30", "2026-01-30")] // needs 2026 data loaded
    [InlineData("2022-09-05", 30, "2022-10-05", "2022-10-08")] // rolls onto a make-up Saturday
    [InlineData("2026-01-20", 30, "2026-02-19", "2026-02-24")] // Spring Festival break
    public void CalendarDays_RollOverRestDays(string start, int days, string rawLastDay, string expected)
    {
        // Arrange
        var from = Date(start);

        // Act
        var result = Instance.AddCalendarDaysWithRollover(from, days);

        // Assert: the raw day is the table's, and the rollover lands where the table says.
        Assert.Equal(Date(rawLastDay), from.AddDays(days));
        Assert.Equal(Date(expected), result.Value);
        Assert.False(result.Provisional);
    }

    [Theory(DisplayName = "N working days: count from the day after the start, make-up days count, breaks are skipped")]
    [InlineData("2025-09-26", 5, "2025-10-10")] // 09-28 (Sun) counts; 10-01 – 10-08 skipped
    [InlineData("2026-02-11", 5, "2026-02-25")] // 02-14 (Sat) counts; break skipped
    [InlineData("2026-09-18", 5, "2026-09-24")] // 09-20 (Sun) counts
    [InlineData("2024-09-27", 10, "2024-10-16")] // 09-29 (Sun) counts; 10-12 (Sat) counts
    [InlineData("2023-09-27", 10, "2023-10-17")] // 10-07, 10-08 count
    public void WorkingDays_CountOnlyWorkdays(string start, int workdays, string expected)
    {
        var result = Instance.AddWorkdays(Date(start), workdays);

        Assert.Equal(Date(expected), result.Value);
        Assert.False(result.Provisional);
        Assert.Equal(workdays, Instance.WorkdaysBetween(Date(start), result.Value).Value);
    }

    [Fact(DisplayName = "A 30-day extension is added to the un-rolled 60-day last day and rolled once")]
    public void Extension_AddsToUnrolledLastDay()
    {
        // Arrange: petition.handling, accepted 2025-08-01, 60 days then one extension of 30 days (Art. 34).
        var accepted = Date("2025-08-01");
        var original = Instance.AddCalendarDaysWithRollover(accepted, 60);

        // Act
        var extended = Instance.RollForward(accepted.AddDays(60 + 30));

        // Assert
        Assert.Equal(Date("2025-09-30"), original.Value);
        Assert.Equal(Date("2025-10-30"), extended.Value);
        Assert.Equal(DayOfWeek.Thursday, extended.Value.DayOfWeek);
    }

    [Fact(DisplayName = "R36c: three working days from a Friday before a holiday skip the break and count the make-up day")]
    public void AddWorkdays_FromFridayBeforeHoliday()
    {
        // 2024-09-13 (Fri): 09-14 (Sat) is a make-up day, 09-15 – 09-17 is the Mid-Autumn break.
        Assert.Equal(Date("2024-09-19"), Instance.AddWorkdays(Date("2024-09-13"), 3).Value);
    }
}
