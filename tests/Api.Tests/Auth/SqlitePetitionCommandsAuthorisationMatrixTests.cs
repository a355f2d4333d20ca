using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class SqlitePetitionCommandsAuthorisationMatrixTests(SqliteNodeFixture node) : PetitionCommandsAuthorisationMatrixTests<SqliteNodeFixture>(node);
