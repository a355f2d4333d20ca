using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqliteRoleGateMatrixTests(SqliteNodeFixture node) : RoleGateMatrixTests<SqliteNodeFixture>(node);
