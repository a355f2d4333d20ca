using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Forms;

public sealed class SqliteFormsApiTests(SqliteNodeFixture node) : FormsApiTests<SqliteNodeFixture>(node);
