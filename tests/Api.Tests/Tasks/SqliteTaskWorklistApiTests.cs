using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTaskWorklistApiTests(SqliteNodeFixture node) : TaskWorklistApiTests<SqliteNodeFixture>(node);
