using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.CaseFiles;

public sealed class SqliteCaseFileApiTests(SqliteNodeFixture node) : CaseFileApiTests<SqliteNodeFixture>(node);
