using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Sla;
using CaseFlow.Workflows.Tests.Calendar;

namespace CaseFlow.Workflows.Tests.Sla;

/// <summary>Task deadlines, warning points and statuses with the shipped business calendar (DOMAIN.md §5, §6).</summary>
public sealed class SlaCalculatorTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, Beijing);

    private static TaskSlaRule Rule(params (string Name, string Value)[] properties) =>
        TaskSlaRule.Of(new UserTask { Id = "t", Properties = ValueList<ExtensionProperty>.From(properties.Select(p => new ExtensionProperty(p.Name, p.Value))) });

    [Fact(DisplayName = "5 working days from Fri 2025-09-26 end on 10-10 (break skipped); the 25 % warning starts 2 working days earlier")]
    public void Working_days_over_the_national_day_break()
    {
        var rule = Rule(("caseflow.sla.unit", "WORKING_DAYS"), ("caseflow.sla.duration", "5"));

        var clock = SlaCalculator.Compute(At(2025, 9, 26, 10), null, rule, ShippedCalendar.Instance)!;

        Assert.Equal(At(2025, 10, 11), clock.DueAt);
        Assert.Equal(At(2025, 10, 1), clock.WarnAt);
        Assert.Equal((SlaUnit.WorkingDays, false), (clock.Unit, clock.Provisional));
    }

    [Fact(DisplayName = "15 calendar days from 2024-09-17 roll over the break to 10-08; warning 6 days before the deadline")]
    public void Calendar_days_roll_over_rest_days()
    {
        var clock = SlaCalculator.Compute(At(2024, 9, 17, 10), null, Rule(("caseflow.sla.duration", "15")), ShippedCalendar.Instance)!;

        Assert.Equal(At(2024, 10, 9), clock.DueAt);
        Assert.Equal(At(2024, 10, 3), clock.WarnAt);
    }

    [Fact(DisplayName = "A due date wins over the duration; the warning is a share, a fixed lead, or elapsed time under a day")]
    public void Due_date_and_warning_leads()
    {
        var created = At(2026, 3, 2, 9);

        var share = SlaCalculator.Compute(created, created.AddDays(4), Rule(("caseflow.sla.duration", "30")), ShippedCalendar.Instance)!;
        var fixedLead = SlaCalculator.Compute(created, created.AddDays(10), Rule(("caseflow.sla.warning", "3")), ShippedCalendar.Instance)!;
        var hours = SlaCalculator.Compute(created, created.AddHours(4), TaskSlaRule.Default, ShippedCalendar.Instance)!;
        var none = SlaCalculator.Compute(created, null, TaskSlaRule.Default, ShippedCalendar.Instance);

        Assert.Equal((created.AddDays(4), created.AddDays(3)), (share.DueAt, share.WarnAt));
        Assert.Equal(created.AddDays(7), fixedLead.WarnAt);
        Assert.Equal(created.AddHours(3), hours.WarnAt);
        Assert.Null(none);
    }

    [Fact(DisplayName = "Working days in a year without calendar data assume Monday to Friday and are flagged provisional")]
    public void Missing_year_is_provisional()
    {
        var rule = Rule(("caseflow.sla.unit", "WORKING_DAYS"), ("caseflow.sla.duration", "5"));

        var clock = SlaCalculator.Compute(At(2030, 1, 7, 9), null, rule, ShippedCalendar.Instance)!;
        var noCalendar = SlaCalculator.Compute(At(2030, 1, 7, 9), null, rule, null)!;

        Assert.Equal(At(2030, 1, 15), clock.DueAt);
        Assert.True(clock.Provisional);
        Assert.Equal(clock, noCalendar);
    }

    [Theory(DisplayName = "Status: on track before the warning, at risk from it, overdue from the deadline, paused while paused")]
    [InlineData(0, false, SlaStatuses.OnTrack)]
    [InlineData(3, false, SlaStatuses.AtRisk)]
    [InlineData(4, false, SlaStatuses.Overdue)]
    [InlineData(9, false, SlaStatuses.Overdue)]
    [InlineData(9, true, SlaStatuses.Paused)]
    public void Status(int day, bool paused, string expected)
    {
        var created = At(2026, 3, 2, 9);

        Assert.Equal(expected, SlaStatuses.At(created.AddDays(day), created.AddDays(4), created.AddDays(3), paused));
        Assert.Null(SlaStatuses.At(created, null, null));
    }
}
