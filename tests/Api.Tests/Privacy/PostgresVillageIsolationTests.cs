using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class PostgresVillageIsolationTests(PostgresNodeFixture node) : VillageIsolationTests<PostgresNodeFixture>(node);
