using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Forms;

public sealed class PostgresFormsApiTests(PostgresNodeFixture node) : FormsApiTests<PostgresNodeFixture>(node);
