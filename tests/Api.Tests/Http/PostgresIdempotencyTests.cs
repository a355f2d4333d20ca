using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Http;

public sealed class PostgresIdempotencyTests(PostgresNodeFixture node) : IdempotencyTests<PostgresNodeFixture>(node);
