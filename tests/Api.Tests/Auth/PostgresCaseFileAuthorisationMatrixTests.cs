using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresCaseFileAuthorisationMatrixTests(PostgresNodeFixture node) : CaseFileAuthorisationMatrixTests<PostgresNodeFixture>(node);
