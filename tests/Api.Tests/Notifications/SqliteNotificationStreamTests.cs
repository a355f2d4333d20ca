namespace CaseFlow.Api.Tests.Notifications;

public sealed class SqliteNotificationStreamTests(SqliteNotificationNode node) : NotificationStreamTests<SqliteNotificationNode>(node);
