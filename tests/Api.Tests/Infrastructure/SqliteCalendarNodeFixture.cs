namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A SQLite node whose calendar also covers this year and the next (provisional where not shipped).</summary>
public sealed class SqliteCalendarNodeFixture : SqliteNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings { get; } = ProvisionalCalendar.Settings();
}
