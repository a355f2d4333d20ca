namespace CaseFlow.Api.Tests.Notifications;

public sealed class PostgresWebhooksApiTests(PostgresNotificationNode node) : WebhooksApiTests<PostgresNotificationNode>(node);
