using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Audit;

public sealed class PostgresAuditTests(PostgresNodeFixture node) : AuditTests<PostgresNodeFixture>(node);
