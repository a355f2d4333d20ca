using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Processes;

public sealed class PostgresProcessesApiTests(PostgresNodeFixture node) : ProcessesApiTests<PostgresNodeFixture>(node);
