using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresRoleGateMatrixTests(PostgresNodeFixture node) : RoleGateMatrixTests<PostgresNodeFixture>(node);
