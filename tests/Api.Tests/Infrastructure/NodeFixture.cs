namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>One running node (API and silo) per test class, on the backend the subclass chooses.</summary>
public abstract class NodeFixture : IAsyncLifetime
{
    private CaseFlowApiFactory? _factory;

    public CaseFlowApiFactory Factory => _factory ?? throw new InvalidOperationException("The node has not started.");

    public HttpClient Client { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        _factory = await CreateAsync(Settings);
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    protected abstract Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings);
}
