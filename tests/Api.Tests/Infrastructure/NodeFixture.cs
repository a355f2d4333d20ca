using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>One running node (API and silo) per test class, on the backend the subclass chooses.</summary>
public abstract class NodeFixture : IAsyncLifetime
{
    private CaseFlowApiFactory? _factory;

    public CaseFlowApiFactory Factory => _factory ?? throw new InvalidOperationException("The node has not started.");

    /// <summary>Signed in as the demo supervisor, who works across the county and designs processes.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>No token at all, for what must work without one and what must refuse it.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        _factory = await CreateAsync(Settings);
        Anonymous = _factory.CreateClient();
        Client = await _factory.CreateClientAsAsync(Roles.Supervisor);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    protected abstract Task<CaseFlowApiFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings);
}
