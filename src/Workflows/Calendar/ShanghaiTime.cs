namespace CaseFlow.Workflows.Calendar;

/// <summary>The time conventions deadlines are expressed in (DOMAIN.md §5.1).</summary>
/// <remarks>
/// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date the
/// calendar holds and does not depend on the host's time-zone database (absent on some container images).
/// </remarks>
public static class ShanghaiTime
{
    /// <summary>The offset of Asia/Shanghai: +08:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The local calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a local date starts: 00:00 +08:00.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The due instant of a deadline date: the start of the next day, exclusive.</summary>
    /// <remarks>
    /// A period ends at 24:00 of its last day (Civil Code Art. 203 ¶2), so the deadline is met by anything strictly
    /// before D+1 00:00 +08:00 and breached at that instant.
    /// </remarks>
    public static DateTimeOffset DueInstant(DateOnly deadline) => StartOf(deadline.AddDays(1));

    /// <summary>True when <paramref name="instant"/> is at or after the due instant of <paramref name="deadline"/>.</summary>
    public static bool IsPastDue(DateOnly deadline, DateTimeOffset instant) => instant >= DueInstant(deadline);
}
