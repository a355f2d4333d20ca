using CaseFlow.Workflows.Calendar;
using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>The shipped year files against the quick checks of DOMAIN.md §5.3.</summary>
public sealed class SeedDataTests
{
    [Theory(DisplayName = "Each shipped year has the make-up working day count of DOMAIN.md §5.3")]
    [InlineData(2021, 7)]
    [InlineData(2022, 7)]
    [InlineData(2023, 7)]
    [InlineData(2024, 8)]
    [InlineData(2025, 5)]
    [InlineData(2026, 6)]
    public void MakeupWorkdayCount_MatchesDomain(int year, int expected)
    {
        var data = Instance.GetYear(year);

        Assert.Equal(expected, data.MakeupWorkdays.Count);
        Assert.False(data.Provisional);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), data.Notice.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(data.Notice.Source));
    }

    [Fact(DisplayName = "The shipped calendar covers exactly 2021–2026")]
    public void Years_Are2021To2026() => Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], Instance.Years);

    [Fact(DisplayName = "2022-12-31 is declared by the 2023 notice and answered with the 2022 data loaded")]
    public void NewYear2023Break_StartsInDecember2022()
    {
        Assert.Contains(Date("2022-12-31"), Instance.GetYear(2023).DaysOff);
        Assert.DoesNotContain(Date("2022-12-31"), Instance.GetYear(2022).DaysOff);
        Assert.False(Instance.IsWorkday(Date("2022-12-31")));
        Assert.Equal(Date("2023-01-03"), Instance.AddWorkdays(Date("2022-12-30"), 1).Value);
    }

    [Theory(DisplayName = "isWorkday: make-up weekend days work, weekday days off rest, ordinary days follow Mon–Fri")]
    [InlineData("2025-09-28", true)] // Sunday, make-up
    [InlineData("2026-02-14", true)] // Saturday, make-up
    [InlineData("2025-10-08", false)] // Wednesday inside the break
    [InlineData("2024-06-10", false)] // Monday, Dragon Boat
    [InlineData("2024-06-08", false)] // ordinary Saturday next to a one-day holiday
    [InlineData("2024-06-11", true)] // ordinary Tuesday
    public void IsWorkday_FollowsNoticeThenWeek(string date, bool expected) =>
        Assert.Equal(expected, Instance.IsWorkday(Date(date)));

    [Fact(DisplayName = "Every shipped make-up day is a weekend day and never a day off")]
    public void MakeupDays_AreWeekendsNotOff()
    {
        foreach (var year in Instance.Years.Select(Instance.GetYear))
        {
            Assert.All(year.MakeupWorkdays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
            Assert.Empty(year.MakeupWorkdays.Intersect(year.DaysOff));
        }
    }

    [Fact(DisplayName = "Loading the shipped folder twice gives the same answers (the files are the only input)")]
    public void Load_IsDeterministic()
    {
        var again = WorkCalendarLoader.Load(Folder);

        Assert.Equal(Instance.Years, again.Years);
        Assert.Equal(Instance.GetYear(2025).DaysOff.Order(), again.GetYear(2025).DaysOff.Order());
    }
}
