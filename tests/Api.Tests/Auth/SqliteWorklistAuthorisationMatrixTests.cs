using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqliteWorklistAuthorisationMatrixTests(SqliteNodeFixture node) : WorklistAuthorisationMatrixTests<SqliteNodeFixture>(node);
