using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.GeneratedClient;

public sealed class SqliteGeneratedClientTests(SqliteNodeFixture node) : GeneratedClientTests<SqliteNodeFixture>(node);
