using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Admin;

public sealed class PostgresAdminApiTests(PostgresNodeFixture node) : AdminApiTests<PostgresNodeFixture>(node);
