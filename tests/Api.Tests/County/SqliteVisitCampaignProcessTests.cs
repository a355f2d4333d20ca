using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.County;

public sealed class SqliteVisitCampaignProcessTests : VisitCampaignProcessTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time) => Task.FromResult(CaseFlowApiFactory.Sqlite(clock: time));
}
