using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class SqliteVariableMaskingTests(SqliteNodeFixture node) : VariableMaskingTests<SqliteNodeFixture>(node);
