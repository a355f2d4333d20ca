using CaseFlow.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Sla;

public sealed class SqliteSlaEscalationApiTests : SlaEscalationApiTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(FakeTimeProvider time) => Task.FromResult(CaseFlowApiFactory.Sqlite(clock: time));
}
