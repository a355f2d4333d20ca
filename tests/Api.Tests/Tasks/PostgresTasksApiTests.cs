using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTasksApiTests(PostgresNodeFixture node) : TasksApiTests<PostgresNodeFixture>(node);
