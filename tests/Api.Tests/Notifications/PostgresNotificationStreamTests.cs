using CaseFlow.Api.Tests.Privacy;

namespace CaseFlow.Api.Tests.Notifications;

// Reads its node's log files, so it runs with no other node alive (see LogReadingCollection).
[Collection(LogReadingCollection.Name)]
public sealed class PostgresNotificationStreamTests(PostgresNotificationNode node) : NotificationStreamTests<PostgresNotificationNode>(node);
