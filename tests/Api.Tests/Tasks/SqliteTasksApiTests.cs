using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTasksApiTests(SqliteNodeFixture node) : TasksApiTests<SqliteNodeFixture>(node);
