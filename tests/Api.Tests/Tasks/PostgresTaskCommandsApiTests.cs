using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTaskCommandsApiTests(PostgresNodeFixture node) : TaskCommandsApiTests<PostgresNodeFixture>(node);
