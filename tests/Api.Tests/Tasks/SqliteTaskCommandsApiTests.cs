using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTaskCommandsApiTests(SqliteNodeFixture node) : TaskCommandsApiTests<SqliteNodeFixture>(node);
