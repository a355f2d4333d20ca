using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Admin;

public sealed class SqliteAdminApiTests(SqliteNodeFixture node) : AdminApiTests<SqliteNodeFixture>(node);
