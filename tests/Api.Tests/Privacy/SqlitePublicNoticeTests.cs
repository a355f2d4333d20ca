using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class SqlitePublicNoticeTests(SqliteNodeFixture node) : PublicNoticeTests<SqliteNodeFixture>(node);
