using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.CaseFiles;

public sealed class PostgresCaseFileApiTests(PostgresNodeFixture node) : CaseFileApiTests<PostgresNodeFixture>(node);
