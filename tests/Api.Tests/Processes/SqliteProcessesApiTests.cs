using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Processes;

public sealed class SqliteProcessesApiTests(SqliteNodeFixture node) : ProcessesApiTests<SqliteNodeFixture>(node);
