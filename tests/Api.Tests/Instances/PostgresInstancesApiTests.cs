using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Instances;

public sealed class PostgresInstancesApiTests(PostgresNodeFixture node) : InstancesApiTests<PostgresNodeFixture>(node);
