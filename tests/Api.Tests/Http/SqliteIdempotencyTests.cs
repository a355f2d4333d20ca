using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Http;

public sealed class SqliteIdempotencyTests(SqliteNodeFixture node) : IdempotencyTests<SqliteNodeFixture>(node);
