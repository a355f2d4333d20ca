using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqliteCaseFileCommandsAuthorisationMatrixTests(SqliteNodeFixture node) : CaseFileCommandsAuthorisationMatrixTests<SqliteNodeFixture>(node);
