using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Petitions;

public sealed class SqlitePetitionsApiTests(SqliteCalendarNodeFixture node) : PetitionsApiTests<SqliteCalendarNodeFixture>(node);
