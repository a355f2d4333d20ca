using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class SqliteRevealTests(SqliteNodeFixture node) : RevealTests<SqliteNodeFixture>(node);
