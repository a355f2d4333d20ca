using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class PostgresTaskWorklistApiTests(PostgresNodeFixture node) : TaskWorklistApiTests<PostgresNodeFixture>(node);
