using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class SqliteResponseMaskingTests(SqliteNodeFixture node) : ResponseMaskingTests<SqliteNodeFixture>(node);
