using CaseFlow.Workflows.Calendar;
using static CaseFlow.Workflows.Tests.Calendar.ShippedCalendar;

namespace CaseFlow.Workflows.Tests.Calendar;

public sealed class ShanghaiTimeTests
{
    [Fact(DisplayName = "A deadline date D is due at D+1 00:00 +08:00, exclusive")]
    public void DueInstant_IsNextMidnightInShanghai()
    {
        var due = ShanghaiTime.DueInstant(Date("2024-10-08"));

        Assert.Equal(new DateTimeOffset(2024, 10, 9, 0, 0, 0, TimeSpan.FromHours(8)), due);
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 16, 0, 0, TimeSpan.Zero), due);
        Assert.False(ShanghaiTime.IsPastDue(Date("2024-10-08"), due.AddTicks(-1)));
        Assert.True(ShanghaiTime.IsPastDue(Date("2024-10-08"), due));
    }

    [Fact(DisplayName = "The local date of an instant is taken in +08:00, not in UTC")]
    public void DateOf_UsesShanghaiOffset() =>
        Assert.Equal(Date("2025-01-01"), ShanghaiTime.DateOf(new DateTimeOffset(2024, 12, 31, 16, 30, 0, TimeSpan.Zero)));
}
