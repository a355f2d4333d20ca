using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqliteCaseFileAuthorisationMatrixTests(SqliteNodeFixture node) : CaseFileAuthorisationMatrixTests<SqliteNodeFixture>(node);
