using CaseFlow.Storage.Tests.Infrastructure;

namespace CaseFlow.Storage.Tests;

/// <summary>The conformance suite on CaseFlow's own SQLite providers.</summary>
public sealed class SqliteStorageConformanceTests(SqliteBackendFixture fixture)
    : StorageConformanceTests<SqliteBackendFixture>(fixture);
