using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Audit;

public sealed class SqliteAuditTests(SqliteNodeFixture node) : AuditTests<SqliteNodeFixture>(node);
