using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Seeds;

public sealed class PostgresHomeVisitCertificationApiTests(PostgresNodeFixture node) : HomeVisitCertificationApiTests<PostgresNodeFixture>(node);
