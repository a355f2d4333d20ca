using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>A PostgreSQL node with fast notification intervals.</summary>
public sealed class PostgresNotificationNode : PostgresNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => NotificationSettings.Fast;
}
