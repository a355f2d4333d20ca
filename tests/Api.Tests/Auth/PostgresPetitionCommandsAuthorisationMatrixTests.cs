using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresPetitionCommandsAuthorisationMatrixTests(PostgresNodeFixture node) : PetitionCommandsAuthorisationMatrixTests<PostgresNodeFixture>(node);
