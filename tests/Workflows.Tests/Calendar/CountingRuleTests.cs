using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

/// <summary>Edge cases of the counting rules of DOMAIN.md §5.1 beyond the worked examples.</summary>
public sealed class CountingRuleTests
{
    [Fact(DisplayName = "Zero working days returns the start; zero calendar days rolls the start itself")]
    public void ZeroCounts()
    {
        Assert.Equal(Date("2025-10-04"), Instance.AddWorkdays(Date("2025-10-04"), 0).Value);
        Assert.Equal(Date("2025-10-09"), Instance.AddCalendarDaysWithRollover(Date("2025-10-04"), 0).Value);
    }

    [Fact(DisplayName = "A negative working-day count steps backward, skipping the break")]
    public void NegativeWorkdays_StepBackward()
    {
        Assert.Equal(Date("2025-09-30"), Instance.AddWorkdays(Date("2025-10-09"), -1).Value);
        Assert.Equal(Date("2025-09-26"), Instance.AddWorkdays(Date("2025-10-10"), -5).Value);
    }

    [Fact(DisplayName = "Negative calendar days are rejected")]
    public void NegativeCalendarDays_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Instance.AddCalendarDaysWithRollover(Date("2025-01-01"), -1));

    [Fact(DisplayName = "workdaysBetween excludes the first day, includes the last, and is antisymmetric")]
    public void WorkdaysBetween_Conventions()
    {
        // 2025-09-26 (Fri) → 2025-10-10 (Fri): 09-28, 09-29, 09-30, 10-09, 10-10.
        Assert.Equal(5, Instance.WorkdaysBetween(Date("2025-09-26"), Date("2025-10-10")).Value);
        Assert.Equal(-5, Instance.WorkdaysBetween(Date("2025-10-10"), Date("2025-09-26")).Value);
        Assert.Equal(0, Instance.WorkdaysBetween(Date("2025-10-10"), Date("2025-10-10")).Value);
    }

    [Fact(DisplayName = "AddWorkdays and WorkdaysBetween agree on every start date of the shipped data")]
    public void AddWorkdays_InvertsWorkdaysBetween()
    {
        for (var start = Date("2021-01-01"); start < Date("2026-11-01"); start = start.AddDays(1))
        {
            var due = Instance.AddWorkdays(start, 10).Value;
            Assert.True(Instance.IsWorkday(due));
            Assert.Equal(10, Instance.WorkdaysBetween(start, due).Value);
        }
    }
}
