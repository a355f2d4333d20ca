using System.Net;
using System.Text;
using CaseFlow.Api.Webhooks;
using CaseFlow.Grains.Notifications.Webhooks;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Notifications;

/// <summary>The webhook dispatcher against a local HTTP receiver on a fake clock: signatures, retries, back-off and giving up.</summary>
/// <remarks>Runs on each database: the dispatcher claims due deliveries with a dialect's own locking (SKIP LOCKED on PostgreSQL).</remarks>
public abstract class WebhookDispatcherTests : IAsyncLifetime
{
    private const string Secret = "a-webhook-secret-of-some-length";
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly WebhookOptions _options = new() { InitialBackoff = TimeSpan.FromSeconds(10), MaxBackoff = TimeSpan.FromSeconds(25), MaxAttempts = 4 };
    private CaseFlowDatabase _database = null!;
    private WebhookStore _store = null!;

    /// <summary>An empty database of the subclass's dialect.</summary>
    protected abstract Task<CaseFlowDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await new SchemaMigrator(_database).MigrateAsync();
        _store = new WebhookStore(_database);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact(DisplayName = "A refused delivery is retried after 10 s, then 20 s, then the 25 s cap, and never early; 2xx ends it")]
    public async Task Retries_back_off_exponentially_up_to_the_cap()
    {
        using var receiver = new LocalWebhookReceiver(HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway);
        await QueueAsync("W1", receiver.Url, "E1");
        var dispatcher = Dispatcher();

        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        await AssertPendingAsync("W1", attempts: 1, next: Start.AddSeconds(10), lastStatus: 500);

        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        await AssertPendingAsync("W1", attempts: 2, next: Start.AddSeconds(10 + 20), lastStatus: 503);

        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        await AssertPendingAsync("W1", attempts: 3, next: Start.AddSeconds(10 + 20 + 25), lastStatus: 502);

        _clock.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        var delivery = Assert.Single((await _store.ListDeliveriesAsync("W1", null, 1, 10)).Items);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(4, delivery.Attempts);
        Assert.Equal(Start.AddSeconds(55), delivery.DeliveredAt);
        Assert.Equal(4, receiver.All.Count);
        Assert.All(receiver.All, r => Assert.Equal("E1", r.Headers[WebhookDispatcher.DeliveryHeader]));
    }

    [Fact(DisplayName = "Every attempt carries an HMAC-SHA256 signature of the exact body with the subscription's secret")]
    public async Task Body_is_signed_with_the_secret()
    {
        using var receiver = new LocalWebhookReceiver();
        await QueueAsync("W2", receiver.Url, "E2");

        await Dispatcher().DispatchDueAsync(default);

        var received = await receiver.NextAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("POST", received.Method);
        Assert.Equal("{\"id\":\"E2\",\"kind\":\"taskAvailable\"}", Encoding.UTF8.GetString(received.Body));
        var signature = received.Headers[WebhookSignature.Header];
        Assert.True(WebhookSignature.Verify(Secret, received.Body, signature));
        Assert.False(WebhookSignature.Verify("another-secret-entirely", received.Body, signature));
        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.Equal(WebhookDeliveryStatus.Delivered, Assert.Single((await _store.ListDeliveriesAsync("W2", null, 1, 10)).Items).Status);
    }

    [Fact(DisplayName = "After the last allowed attempt a delivery is failed and never tried again unless an admin re-queues it; an unreachable receiver counts as a failure")]
    public async Task Gives_up_after_max_attempts()
    {
        await QueueAsync("W3", "http://127.0.0.1:" + CaseFlow.TestSupport.FreePorts.Next() + "/nobody", "E3");
        var dispatcher = Dispatcher();

        for (var i = 0; i < _options.MaxAttempts; i++)
        {
            Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
            _clock.Advance(_options.MaxBackoff);
        }

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(default));
        var delivery = Assert.Single((await _store.ListDeliveriesAsync("W3", WebhookDeliveryStatus.Failed, 1, 10)).Items);
        Assert.Equal(_options.MaxAttempts, delivery.Attempts);
        Assert.Null(delivery.LastStatusCode);
        Assert.Equal("ConnectionError", delivery.LastError);

        // An admin queues it again: it is due at once, with a fresh set of attempts.
        Assert.False(await _store.RequeueFailedAsync("W3", delivery.Id + 1, _clock.GetUtcNow()));
        Assert.True(await _store.RequeueFailedAsync("W3", delivery.Id, _clock.GetUtcNow()));
        Assert.False(await _store.RequeueFailedAsync("W3", delivery.Id, _clock.GetUtcNow()));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(default));
        var retried = Assert.Single((await _store.ListDeliveriesAsync("W3", null, 1, 10)).Items);
        Assert.Equal((WebhookDeliveryStatus.Pending, 1), (retried.Status, retried.Attempts));
    }

    [Fact(DisplayName = "A deleted subscription's pending deliveries are cancelled and not sent")]
    public async Task Deleted_subscriptions_are_not_delivered()
    {
        using var receiver = new LocalWebhookReceiver();
        await QueueAsync("W4", receiver.Url, "E4");

        Assert.True(await _store.DeactivateAsync("W4"));

        Assert.Equal(0, await Dispatcher().DispatchDueAsync(default));
        Assert.Equal(WebhookDeliveryStatus.Cancelled, Assert.Single((await _store.ListDeliveriesAsync("W4", null, 1, 10)).Items).Status);
        Assert.Empty(receiver.All);
    }

    [Theory(DisplayName = "Back-off doubles from the initial wait and stops at the cap")]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 60)]
    [InlineData(60, 60)]
    public void Backoff_doubles_with_a_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookBackoff.After(failures, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)));

    private WebhookDispatcher Dispatcher() =>
        new(_store, new PlainHttpClientFactory(), Options.Create(_options), _clock, NullLogger<WebhookDispatcher>.Instance);

    private async Task QueueAsync(string webhookId, string url, string eventId)
    {
        await _store.CreateAsync(webhookId, url, Secret, [WebhookKinds.All], null, "admin", Start);
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand(
            "INSERT INTO nt_webhook_outbox (webhook_id, event_id, kind, payload, status, attempts, next_attempt_at, created_at) " +
            "VALUES (@w, @e, 'taskAvailable', @p, 'pending', 0, @now, @now)", null);
        command.AddParameter("w", webhookId).AddParameter("e", eventId)
            .AddParameter("p", "{\"id\":\"" + eventId + "\",\"kind\":\"taskAvailable\"}").AddParameter("now", Start.ToStorageText());
        await command.ExecuteNonQueryAsync();
    }

    private async Task AssertPendingAsync(string webhookId, int attempts, DateTimeOffset next, int lastStatus)
    {
        var delivery = Assert.Single((await _store.ListDeliveriesAsync(webhookId, null, 1, 10)).Items);
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(attempts, delivery.Attempts);
        Assert.Equal(next, delivery.NextAttemptAt);
        Assert.Equal(lastStatus, delivery.LastStatusCode);
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
