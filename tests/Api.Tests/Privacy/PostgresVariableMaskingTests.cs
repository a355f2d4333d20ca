using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class PostgresVariableMaskingTests(PostgresNodeFixture node) : VariableMaskingTests<PostgresNodeFixture>(node);
