namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A node on a fresh PostgreSQL database and a fake clock.</summary>
public class PostgresFakeTimeNodeFixture : FakeTimeNodeFixture
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        CaseFlowApiFactory.PostgresAsync(settings, Time);
}
