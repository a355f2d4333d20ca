using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Sla;

public sealed class PostgresSlaEscalationApiTests : SlaEscalationApiTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time) => CaseFlowApiFactory.PostgresAsync(clock: time);
}
