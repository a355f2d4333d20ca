using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTaskSlaApiTests(PostgresNodeFixture node) : TaskSlaApiTests<PostgresNodeFixture>(node);
