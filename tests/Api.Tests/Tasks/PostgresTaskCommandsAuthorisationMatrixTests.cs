using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTaskCommandsAuthorisationMatrixTests(PostgresNodeFixture node) : TaskCommandsAuthorisationMatrixTests<PostgresNodeFixture>(node);
