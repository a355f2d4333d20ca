namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A node on a fresh SQLite file and a fake clock.</summary>
public class SqliteFakeTimeNodeFixture : FakeTimeNodeFixture
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        Task.FromResult(CaseFlowApiFactory.Sqlite(settings, Time));
}
