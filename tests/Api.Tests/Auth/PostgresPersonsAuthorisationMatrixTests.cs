using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresPersonsAuthorisationMatrixTests(PostgresNodeFixture node) : PersonsAuthorisationMatrixTests<PostgresNodeFixture>(node);
