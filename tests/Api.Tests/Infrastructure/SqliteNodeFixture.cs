namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A node on a fresh SQLite file.</summary>
public class SqliteNodeFixture : NodeFixture
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        Task.FromResult(CaseFlowApiFactory.Sqlite(settings));
}
