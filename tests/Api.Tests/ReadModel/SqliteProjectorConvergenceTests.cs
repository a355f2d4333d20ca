using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.ReadModel;

public sealed class SqliteProjectorConvergenceTests : ProjectorConvergenceTests
{
    protected override Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings) =>
        Task.FromResult(CaseFlowApiFactory.Sqlite(settings));

    protected override CaseFlowApiFactory Reopen(CaseFlowApiFactory previous) => new("Sqlite", previous.StorageSetting);
}
