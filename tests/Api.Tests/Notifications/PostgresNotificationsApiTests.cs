namespace CaseFlow.Api.Tests.Notifications;

public sealed class PostgresNotificationsApiTests(PostgresNotificationNode node) : NotificationsApiTests<PostgresNotificationNode>(node);
