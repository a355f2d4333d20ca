using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Api.Notifications;

/// <summary>
/// Serves <c>GET /api/notifications/stream</c>: the caller's new notifications as Server-Sent Events, read by polling the
/// store from the node that holds the connection, so it works whichever node produced them.
/// </summary>
/// <remarks>
/// The stream starts after the caller's newest notification, or after <c>Last-Event-ID</c> when the client resumes. It
/// ends without an error when the client goes away or the node begins to stop, so a graceful shutdown is not held up.
/// </remarks>
public static partial class NotificationStream
{
    private const string LastEventIdHeader = "Last-Event-ID";
    private const int BatchSize = 100;

    public static async Task<IResult> StreamAsync(HttpContext http, NotificationStore store, IOptions<NotificationStreamOptions> options, TimeProvider time,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(typeof(NotificationStream).FullName!);
        var header = http.Request.Headers[LastEventIdHeader].ToString();
        long? resumeAfter = null;
        if (header.Length > 0)
        {
            if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return ApiProblems.From(DomainError.Simple(DomainErrorCodes.ValidationFailed, "Last-Event-ID must be the id of a notification.", LastEventIdHeader));
            }

            resumeAfter = parsed;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var recipient = NotificationsApi.RecipientOf(http);
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var sent = 0;
        LogOpened(logger, resumeAfter is not null);
        try
        {
            var floor = resumeAfter ?? await store.LatestIdAsync(recipient, stop.Token).ConfigureAwait(false);
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache, no-store";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await WriteAsync(http, "retry: 3000\n\n", stop.Token).ConfigureAwait(false);
            sent = await PumpAsync(http, store, options.Value, time, recipient, floor, json, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left or the node is stopping: both end the stream normally.
        }

        LogClosed(logger, sent);
        return Results.Empty;
    }

    private static async Task<int> PumpAsync(HttpContext http, NotificationStore store, NotificationStreamOptions options, TimeProvider time,
        string recipient, long floor, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var cursor = floor;
        var recentlySent = new Dictionary<long, DateTimeOffset>();
        var lastWrite = time.GetUtcNow();
        var count = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var fresh = await store.ReadAfterAsync(recipient, cursor, BatchSize, cancellationToken).ConfigureAwait(false);
            var late = options.StreamLateCommitWindow > TimeSpan.Zero
                ? await store.ReadWrittenSinceAsync(recipient, now - options.StreamLateCommitWindow, BatchSize, cancellationToken).ConfigureAwait(false)
                : [];
            foreach (var notification in fresh.Concat(late).Where(n => n.Id > floor && !recentlySent.ContainsKey(n.Id)).DistinctBy(n => n.Id).OrderBy(n => n.Id))
            {
                await WriteAsync(http, Event(notification, json), cancellationToken).ConfigureAwait(false);
                recentlySent[notification.Id] = now;
                cursor = Math.Max(cursor, notification.Id);
                lastWrite = now;
                count++;
            }

            if (now - lastWrite >= options.StreamHeartbeatInterval)
            {
                await WriteAsync(http, ": heartbeat\n\n", cancellationToken).ConfigureAwait(false);
                lastWrite = now;
            }

            foreach (var old in recentlySent.Where(p => now - p.Value > options.StreamLateCommitWindow * 2).Select(p => p.Key).ToList())
            {
                recentlySent.Remove(old);
            }

            await Task.Delay(options.StreamPollInterval, time, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private static string Event(Notification notification, JsonSerializerOptions json) =>
        "id: " + notification.Id.ToString(CultureInfo.InvariantCulture) + "\nevent: notification\ndata: " +
        JsonSerializer.Serialize(notification, json) + "\n\n";

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken cancellationToken)
    {
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5601, EventName = "NotificationStreamOpened", Level = LogLevel.Debug,
        Message = "Notification stream opened (resuming: {Resuming})")]
    private static partial void LogOpened(ILogger logger, bool resuming);

    [LoggerMessage(EventId = 5602, EventName = "NotificationStreamClosed", Level = LogLevel.Debug,
        Message = "Notification stream closed after {Count} notifications")]
    private static partial void LogClosed(ILogger logger, int count);
}
