using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTaskSlaApiTests(SqliteNodeFixture node) : TaskSlaApiTests<SqliteNodeFixture>(node);
