using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using CaseFlow.Grains.Notifications.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Webhooks;

/// <summary>
/// Delivers the webhook outbox: claims due deliveries, POSTs each signed body, and records the outcome; a failure is
/// retried after an exponential back-off with a cap, and given up after <see cref="WebhookOptions.MaxAttempts"/>.
/// </summary>
/// <remarks>
/// Delivery is at least once: a node that dies between the POST and the record leaves the row leased, and it is sent
/// again once the lease passes. Receivers deduplicate on the event id (body <c>id</c>, header <c>X-CaseFlow-Delivery</c>).
/// All waiting goes through <see cref="TimeProvider"/>, so tests drive the back-off with a fake clock.
/// </remarks>
public sealed partial class WebhookDispatcher(
    WebhookStore store,
    IHttpClientFactory clients,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "caseflow-webhooks";
    public const string DeliveryHeader = "X-CaseFlow-Delivery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchDueAsync(stoppingToken).ConfigureAwait(false) == 0)
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbException ex)
            {
                // The database is away: the outbox is still there when it returns.
                LogOutboxUnavailable(logger, ex);
                await Task.Delay(options.Value.PollInterval * 10, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Delivers every due delivery once; returns how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();

        // The lease outlasts one attempt, so a slow receiver is never sent the same event twice at once.
        var due = await store.ClaimDueAsync(now, now + settings.Timeout + settings.Timeout, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var item in due)
        {
            await DeliverAsync(item, settings, cancellationToken).ConfigureAwait(false);
        }

        return due.Count;
    }

    private async Task DeliverAsync(OutboxItem item, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(item.Payload);
        int? status = null;
        string error;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, item.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(item.Secret, body));
            request.Headers.Add(DeliveryHeader, item.EventId);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(settings.Timeout);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                await store.RecordDeliveredAsync(item.Id, status.Value, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                LogDelivered(logger, item.WebhookId, item.EventId, status.Value, item.Attempts + 1);
                return;
            }

            error = "HTTP " + status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = "timeout";
        }
        catch (HttpRequestException ex)
        {
            error = ex.HttpRequestError.ToString();
        }

        var failures = item.Attempts + 1;
        var now = time.GetUtcNow();
        DateTimeOffset? retryAt = failures >= settings.MaxAttempts ? null : now + WebhookBackoff.After(failures, settings.InitialBackoff, settings.MaxBackoff);
        await store.RecordFailedAttemptAsync(item.Id, status, error, now, retryAt, CancellationToken.None).ConfigureAwait(false);
        if (retryAt is { } next)
        {
            LogRetrying(logger, item.WebhookId, item.EventId, error, failures, next);
        }
        else
        {
            LogGaveUp(logger, item.WebhookId, item.EventId, error, failures);
        }
    }

    [LoggerMessage(EventId = 4710, EventName = "WebhookDelivered", Level = LogLevel.Debug,
        Message = "Webhook {WebhookId} accepted event {EventId} with {Status} on attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, string webhookId, string eventId, int status, int attempt);

    [LoggerMessage(EventId = 4711, EventName = "WebhookDeliveryRetrying", Level = LogLevel.Warning,
        Message = "Webhook {WebhookId} refused event {EventId} ({Error}) on attempt {Attempt}; next attempt at {RetryAt}")]
    private static partial void LogRetrying(ILogger logger, string webhookId, string eventId, string error, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 4712, EventName = "WebhookDeliveryFailed", Level = LogLevel.Error,
        Message = "Webhook {WebhookId} gave up on event {EventId} ({Error}) after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, string webhookId, string eventId, string error, int attempts);

    [LoggerMessage(EventId = 4713, EventName = "WebhookOutboxUnavailable", Level = LogLevel.Warning,
        Message = "The webhook outbox could not be read; retrying shortly")]
    private static partial void LogOutboxUnavailable(ILogger logger, Exception exception);
}
