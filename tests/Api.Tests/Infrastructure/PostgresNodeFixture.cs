namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A node on a fresh PostgreSQL database.</summary>
public class PostgresNodeFixture : NodeFixture
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        CaseFlowApiFactory.PostgresAsync(settings);
}
