using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class SqliteVillageIsolationTests(SqliteNodeFixture node) : VillageIsolationTests<SqliteNodeFixture>(node);
