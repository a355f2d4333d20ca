namespace CaseFlow.Api.Tests.Notifications;

public sealed class SqliteNotificationsApiTests(SqliteNotificationNode node) : NotificationsApiTests<SqliteNotificationNode>(node);
