using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Privacy;

public sealed class PostgresResponseMaskingTests(PostgresNodeFixture node) : ResponseMaskingTests<PostgresNodeFixture>(node);
