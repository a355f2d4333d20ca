namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A PostgreSQL node whose calendar also covers this year and the next (provisional where not shipped).</summary>
public sealed class PostgresCalendarNodeFixture : PostgresNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings { get; } = ProvisionalCalendar.Settings();
}
