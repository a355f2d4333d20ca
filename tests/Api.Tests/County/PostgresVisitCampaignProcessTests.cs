using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.County;

public sealed class PostgresVisitCampaignProcessTests : VisitCampaignProcessTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time) => CaseFlowApiFactory.PostgresAsync(clock: time);
}
