using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Privacy;
using Xunit.Abstractions;

namespace CaseFlow.Api.Tests.Fuzz;

[Collection(LogReadingCollection.Name)]
public sealed class PostgresMalformedRequestFuzzTests(ITestOutputHelper output) : MalformedRequestFuzzTests(output)
{
    protected override Task<CaseFlowApiFactory> CreateAsync() => CaseFlowApiFactory.PostgresAsync();
}
