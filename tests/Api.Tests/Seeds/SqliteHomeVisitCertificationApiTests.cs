using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Seeds;

public sealed class SqliteHomeVisitCertificationApiTests(SqliteNodeFixture node) : HomeVisitCertificationApiTests<SqliteNodeFixture>(node);
