namespace CaseFlow.Api.Tests.Notifications;

public sealed class PostgresNotificationStreamTests(PostgresNotificationNode node) : NotificationStreamTests<PostgresNotificationNode>(node);
