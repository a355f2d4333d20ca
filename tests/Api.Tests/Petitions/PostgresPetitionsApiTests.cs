using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Petitions;

public sealed class PostgresPetitionsApiTests(PostgresCalendarNodeFixture node) : PetitionsApiTests<PostgresCalendarNodeFixture>(node);
