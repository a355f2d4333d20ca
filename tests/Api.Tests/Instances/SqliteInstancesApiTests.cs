using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Instances;

public sealed class SqliteInstancesApiTests(SqliteNodeFixture node) : InstancesApiTests<SqliteNodeFixture>(node);
