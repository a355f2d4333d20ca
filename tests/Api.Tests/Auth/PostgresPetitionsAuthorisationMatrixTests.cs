using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresPetitionsAuthorisationMatrixTests(PostgresNodeFixture node) : PetitionsAuthorisationMatrixTests<PostgresNodeFixture>(node);
