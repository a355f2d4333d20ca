using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.ReadModel;

public sealed class PostgresReadModelRebuildTests(PostgresNodeFixture node) : ReadModelRebuildTests<PostgresNodeFixture>(node);
