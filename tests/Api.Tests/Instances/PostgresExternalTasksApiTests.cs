using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Instances;

public sealed class PostgresExternalTasksApiTests(PostgresNodeFixture node) : ExternalTasksApiTests<PostgresNodeFixture>(node);
