using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.ReadModel;

public sealed class SqliteReadModelRebuildTests(SqliteNodeFixture node) : ReadModelRebuildTests<SqliteNodeFixture>(node);
