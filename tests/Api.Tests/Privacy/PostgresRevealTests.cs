using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class PostgresRevealTests(PostgresNodeFixture node) : RevealTests<PostgresNodeFixture>(node);
