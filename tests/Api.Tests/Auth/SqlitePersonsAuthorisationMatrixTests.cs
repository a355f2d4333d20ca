using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqlitePersonsAuthorisationMatrixTests(SqliteNodeFixture node) : PersonsAuthorisationMatrixTests<SqliteNodeFixture>(node);
