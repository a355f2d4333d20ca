using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresCaseFileCommandsAuthorisationMatrixTests(PostgresNodeFixture node) : CaseFileCommandsAuthorisationMatrixTests<PostgresNodeFixture>(node);
