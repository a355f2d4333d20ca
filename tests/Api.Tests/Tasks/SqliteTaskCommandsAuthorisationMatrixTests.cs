using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Tasks;

public sealed class SqliteTaskCommandsAuthorisationMatrixTests(SqliteNodeFixture node) : TaskCommandsAuthorisationMatrixTests<SqliteNodeFixture>(node);
