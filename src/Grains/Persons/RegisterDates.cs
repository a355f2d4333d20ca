namespace CaseFlow.Grains.Persons;

/// <summary>Calendar dates as the register means them.</summary>
internal static class RegisterDates
{
    // Birth dates and ages are China Standard Time dates (UTC+8, no daylight saving), whatever the server's zone:
    // judged in UTC, a child born on the morning of a day would be "born in the future" until 08:00.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
}
