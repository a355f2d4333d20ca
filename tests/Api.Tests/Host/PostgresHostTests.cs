using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Host;

public sealed class PostgresHostTests(PostgresNodeFixture node) : HostTests<PostgresNodeFixture>(node);
