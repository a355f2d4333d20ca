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
    /// <remarks>Access tokens live minutes on the node's clock, which tests move by weeks: the client signs in again
    /// whenever the clock has moved on since its token was issued.</remarks>
    public async Task<HttpClient> AsAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            client = _clients.GetOrAdd(role, Factory.CreateClient());
        }

        var now = Time.GetUtcNow();
        if (!_signedInAt.TryGetValue(role, out var signedIn) || now - signedIn > TokenRenewal)
        {
            client.DefaultRequestHeaders.Authorization =
                new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await CaseFlowApiFactory.SignInAsync(role, client));
            _signedInAt[role] = now;
        }

        return client;
    }

    private static readonly TimeSpan TokenRenewal = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _signedInAt = new(StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }
}
