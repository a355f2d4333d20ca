using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqlitePetitionsAuthorisationMatrixTests(SqliteNodeFixture node) : PetitionsAuthorisationMatrixTests<SqliteNodeFixture>(node);
