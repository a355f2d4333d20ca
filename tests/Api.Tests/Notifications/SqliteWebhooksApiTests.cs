namespace CaseFlow.Api.Tests.Notifications;

public sealed class SqliteWebhooksApiTests(SqliteNotificationNode node) : WebhooksApiTests<SqliteNotificationNode>(node);
