using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.GeneratedClient;

public sealed class PostgresGeneratedClientTests(PostgresNodeFixture node) : GeneratedClientTests<PostgresNodeFixture>(node);
