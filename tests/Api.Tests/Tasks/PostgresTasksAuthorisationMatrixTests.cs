using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTasksAuthorisationMatrixTests(PostgresNodeFixture node) : TasksAuthorisationMatrixTests<PostgresNodeFixture>(node);
