using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqliteInstancesAuthorisationMatrixTests(SqliteNodeFixture node) : InstancesAuthorisationMatrixTests<SqliteNodeFixture>(node);
