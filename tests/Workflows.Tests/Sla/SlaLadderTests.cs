using CaseFlow.Workflows.Model;
using CaseFlow.Workflows.Sla;
using CaseFlow.Workflows.Tests.Calendar;

namespace CaseFlow.Workflows.Tests.Sla;

/// <summary>The rungs of an SLA clock: warning, breach, reminders, the climb to the director, and pauses (DOMAIN.md §6.4, §6.5).</summary>
public sealed class SlaLadderTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Warn = At(2026, 9, 17);
    private static readonly DateTimeOffset Due = At(2026, 9, 19);

    private static DateTimeOffset At(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, Beijing);

    private static SlaLadderRule Rule(params (string Name, string Value)[] properties) =>
        SlaLadderRule.Of(new UserTask { Id = "t", Properties = ValueList<ExtensionProperty>.From(properties.Select(p => new ExtensionProperty(p.Name, p.Value))) });

    private static readonly SlaLadderRule Every1Max3Climb2 = new(1, 3, 2, true);

    [Fact(DisplayName = "The rule reads caseflow.sla.repeatEvery, repeatMax, climbEvery and pause; bad values keep the defaults")]
    public void Rule_properties()
    {
        Assert.Equal(SlaLadderRule.Default, Rule());
        Assert.Equal(new SlaLadderRule(2, 5, 3, false), Rule(("caseflow.sla.repeatEvery", "2"), ("caseflow.sla.repeatMax", "5"), ("caseflow.sla.pause", "none")));
        Assert.Equal(SlaLadderRule.Default, Rule(("caseflow.sla.repeatEvery", "0"), ("caseflow.sla.repeatMax", "-1"), ("caseflow.sla.climbEvery", "x")));
    }

    [Fact(DisplayName = "Each rung is due once, in order: warning, breach with escalation, reminders, climbing every k; none after the last")]
    public void Rungs_in_order()
    {
        IReadOnlyList<SlaStep> Due(int fired, DateTimeOffset now) => SlaLadder.Due(fired, now, Warn, SlaLadderTests.Due, SlaUnit.CalendarDays, Every1Max3Climb2, null);

        Assert.Empty(Due(0, Warn.AddTicks(-1)));
        Assert.Equal([new SlaStep(1, SlaStepKind.Warning, EscalationLevel.None)], Due(0, Warn));
        Assert.Empty(Due(1, Warn.AddHours(5)));
        Assert.Equal([new SlaStep(2, SlaStepKind.Breach, EscalationLevel.Supervisor)], Due(1, SlaLadderTests.Due));
        Assert.Equal([new SlaStep(3, SlaStepKind.Reminder, EscalationLevel.None)], Due(2, SlaLadderTests.Due.AddDays(1)));
        Assert.Equal([new SlaStep(4, SlaStepKind.Reminder, EscalationLevel.Director)], Due(3, SlaLadderTests.Due.AddDays(2)));
        Assert.Equal([new SlaStep(5, SlaStepKind.Reminder, EscalationLevel.None)], Due(4, SlaLadderTests.Due.AddDays(3)));
        Assert.Empty(Due(5, SlaLadderTests.Due.AddDays(30)));
        Assert.Null(SlaLadder.InstantOf(6, Warn, SlaLadderTests.Due, SlaUnit.CalendarDays, Every1Max3Climb2, null));
    }

    [Fact(DisplayName = "Escalating to the caseworker first climbs to the supervisor and then the director, one level every k reminders")]
    public void Ladder_climbs_from_the_caseworker()
    {
        var rule = new SlaLadderRule(1, 6, 2, true, EscalationLevel.Caseworker);
        EscalationLevel Level(int fired, int days) => SlaLadder.Due(fired, Due.AddDays(days), Warn, Due, SlaUnit.CalendarDays, rule, null)[^1].Escalate;

        Assert.Equal(EscalationLevel.Caseworker, Level(1, 0));
        Assert.Equal(EscalationLevel.None, Level(2, 1));
        Assert.Equal(EscalationLevel.Supervisor, Level(3, 2));
        Assert.Equal(EscalationLevel.Director, Level(5, 4));
        Assert.Equal(EscalationLevel.Director, Level(7, 6));
        Assert.Equal(EscalationLevel.Caseworker, SlaLadderRule.Of(new UserTask
        {
            Id = "t", Properties = ValueList<ExtensionProperty>.From([new ExtensionProperty("caseflow.sla.escalateTo", "caseworker")]),
        }).EscalateTo);
    }

    [Fact(DisplayName = "Unset escalateTo takes the host's default; warnSupervisor copies the warning to the supervisors; the last rung ends the ladder")]
    public void Default_escalation_warning_copy_and_last_rung()
    {
        var unset = new UserTask { Id = "t" };
        Assert.Equal(EscalationLevel.Caseworker, SlaLadderRule.Of(unset, EscalationLevel.Caseworker).EscalateTo);
        Assert.Equal(EscalationLevel.Supervisor, SlaLadderRule.Of(unset).EscalateTo);
        Assert.Equal(EscalationLevel.Supervisor, SlaLadderRule.Of(
            new UserTask { Id = "t", Properties = ValueList<ExtensionProperty>.From([new ExtensionProperty("caseflow.sla.escalateTo", "supervisor")]) },
            EscalationLevel.Caseworker).EscalateTo);

        var copied = Rule(("caseflow.sla.warnSupervisor", "true"));
        Assert.True(copied.WarnSupervisor);
        Assert.False(Rule(("caseflow.sla.warnSupervisor", "yes")).WarnSupervisor);
        Assert.Equal([new SlaStep(1, SlaStepKind.Warning, EscalationLevel.Supervisor)], SlaLadder.Due(0, Warn, Warn, Due, SlaUnit.CalendarDays, copied, null));

        Assert.Equal([false, false, false, false, true, true], new[] { 0, 1, 2, 4, 5, 6 }.Select(n => SlaLadder.IsLast(n, Every1Max3Climb2)));
        Assert.True(SlaLadder.IsLast(2, new SlaLadderRule(1, 0, 0, true)));
    }

    [Fact(DisplayName = "Urgency starts at 10, gains 20 at the warning, 30 at the breach, 10 per reminder, and stops at 100")]
    public void Urgency() =>
        Assert.Equal([10, 30, 60, 70, 80, 100, 100], new[] { 0, 1, 2, 3, 4, 6, 12 }.Select(SlaUrgency.Of));

    [Fact(DisplayName = "A late wake-up sends the breach instead of a stale warning and only the latest reminder, climbing if it passed a climb rung")]
    public void Late_wake_up_collapses_rungs()
    {
        var steps = SlaLadder.Due(0, Due.AddDays(2).AddHours(1), Warn, Due, SlaUnit.CalendarDays, Every1Max3Climb2, null);

        Assert.Equal(
            [new SlaStep(2, SlaStepKind.Breach, EscalationLevel.Supervisor), new SlaStep(4, SlaStepKind.Reminder, EscalationLevel.Director)],
            steps);
    }

    [Fact(DisplayName = "Working-day reminders skip the National Day break: every 2 WD after a deadline of 2026-09-30 24:00")]
    public void Working_day_reminders_follow_the_calendar()
    {
        var due = At(2026, 10, 1);
        var rule = new SlaLadderRule(2, 5, 3, true);

        // 10-01..10-07 are off; 10-08 and 10-09 are the first two working days after 09-30.
        Assert.Equal(At(2026, 10, 10), SlaLadder.InstantOf(3, due.AddDays(-2), due, SlaUnit.WorkingDays, rule, ShippedCalendar.Instance));

        // 10-10 (Sat) is a make-up working day, so the second reminder comes after 10-10 and 10-12.
        Assert.Equal(At(2026, 10, 13), SlaLadder.InstantOf(4, due.AddDays(-2), due, SlaUnit.WorkingDays, rule, ShippedCalendar.Instance));
    }

    [Fact(DisplayName = "Paused units: every calendar day touched by the pause counts; a working-day clock counts only working days")]
    public void Paused_units()
    {
        Assert.Equal(1, SlaLadder.PausedUnits(At(2026, 9, 14, 9), At(2026, 9, 14, 15), SlaUnit.CalendarDays, null));
        Assert.Equal(3, SlaLadder.PausedUnits(At(2026, 9, 14, 9), At(2026, 9, 16, 8), SlaUnit.CalendarDays, null));

        // Fri 10-09 to Mon 10-12: Fri, Sat 10-10 (make-up) and Mon are working days; Sun 10-11 is not.
        Assert.Equal(3, SlaLadder.PausedUnits(At(2026, 10, 9, 9), At(2026, 10, 12, 9), SlaUnit.WorkingDays, ShippedCalendar.Instance));
        Assert.Equal(0, SlaLadder.PausedUnits(At(2026, 10, 2, 9), At(2026, 10, 4, 9), SlaUnit.WorkingDays, ShippedCalendar.Instance));
        Assert.Equal(0, SlaLadder.PausedUnits(At(2026, 10, 2, 9), At(2026, 10, 2, 9), SlaUnit.CalendarDays, null));
    }

    [Fact(DisplayName = "Shifting a 24:00 working-day deadline by 3 working days lands at 24:00 of the third working day after")]
    public void Shift_working_days()
    {
        Assert.Equal(At(2026, 10, 11), SlaLadder.Shift(At(2026, 10, 1), 3, SlaUnit.WorkingDays, ShippedCalendar.Instance));
        Assert.Equal(At(2026, 10, 4, 9), SlaLadder.Shift(At(2026, 10, 1, 9), 3, SlaUnit.CalendarDays, null));
    }
}
