using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Host;

public sealed class SqliteHostTests(SqliteNodeFixture node) : HostTests<SqliteNodeFixture>(node);
