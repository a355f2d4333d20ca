using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresWorklistAuthorisationMatrixTests(PostgresNodeFixture node) : WorklistAuthorisationMatrixTests<PostgresNodeFixture>(node);
