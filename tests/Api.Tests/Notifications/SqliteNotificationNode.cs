using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>A SQLite node with fast notification intervals.</summary>
public sealed class SqliteNotificationNode : SqliteNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => NotificationSettings.Fast;
}
