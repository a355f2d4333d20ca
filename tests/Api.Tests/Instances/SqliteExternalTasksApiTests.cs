using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Instances;

public sealed class SqliteExternalTasksApiTests(SqliteNodeFixture node) : ExternalTasksApiTests<SqliteNodeFixture>(node);
