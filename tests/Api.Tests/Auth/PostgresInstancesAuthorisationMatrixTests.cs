using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Auth;

public sealed class PostgresInstancesAuthorisationMatrixTests(PostgresNodeFixture node) : InstancesAuthorisationMatrixTests<PostgresNodeFixture>(node);
