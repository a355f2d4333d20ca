using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class PostgresPublicNoticeTests(PostgresNodeFixture node) : PublicNoticeTests<PostgresNodeFixture>(node);
