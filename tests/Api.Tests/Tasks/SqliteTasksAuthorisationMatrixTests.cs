using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTasksAuthorisationMatrixTests(SqliteNodeFixture node) : TasksAuthorisationMatrixTests<SqliteNodeFixture>(node);
