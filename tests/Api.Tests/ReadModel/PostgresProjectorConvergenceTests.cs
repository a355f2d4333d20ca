using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.ReadModel;

public sealed class PostgresProjectorConvergenceTests : ProjectorConvergenceTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        CaseFlowApiFactory.PostgresAsync(settings);

    protected override CaseFlowApiFactory Reopen(CaseFlowApiFactory previous) => new("Postgres", previous.StorageSetting);
}
