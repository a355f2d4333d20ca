using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>A node of its own for one test, on a fake clock set where the test needs it, with a signed-in client per role.</summary>
/// <remarks>
/// A test whose assertions name calendar dates (a deadline rolled over the Labour Day break) needs the clock at a
/// known day, which a node shared with other tests cannot promise: their clock only moves forward.
/// </remarks>
public sealed class FakeTimeNode : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    private FakeTimeNode(CaseFlowApiFactory factory, FakeTimeProvider time)
    {
        Factory = factory;
        Time = time;
        Clock = new NodeClock(factory);
    }

    public CaseFlowApiFactory Factory { get; }

    public FakeTimeProvider Time { get; }

    public NodeClock Clock { get; }

    /// <summary>Starts a node whose clock reads <paramref name="start"/>.</summary>
    public static async Task<FakeTimeNode> StartAsync(Func<FakeTimeProvider, Task<CaseFlowApiFactory>> create, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(create);
        var time = new FakeTimeProvider(start);
        var factory = await create(time);
        factory.CreateClient().Dispose();
        return new FakeTimeNode(factory, time);
    }

    /// <summary>A client signed in as the demo user of <paramref name="role"/>, made once per node.</summary>
    public async Task<HttpClient> AsAsync(string role)
    {
        if (_clients.TryGetValue(role, out var client))
        {
            return client;
        }

        client = await Factory.CreateClientAsAsync(role);
        return _clients.GetOrAdd(role, client);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
