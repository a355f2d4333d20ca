using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Messages;

/// <summary>Drops buffered messages whose time-to-live ran out before any instance opened a matching subscription (R55).</summary>
/// <remarks>
/// An instance drops the expired messages it comes across when it looks; this catches the ones no instance ever
/// looks for, so every expiry is recorded near the time it happens. The drop is conditional on the message still
/// waiting, so nodes sweeping together, or an instance claiming at the same moment, record each message once.
/// Rows of delivered and dropped messages are deleted once older than <see cref="MessageBufferingOptions.KeepClosedFor"/>.
/// Runs only while buffering is on.
/// </remarks>
public sealed class BufferedMessageSweeper(
    IBufferedMessageStore store,
    IOptions<MessageBufferingOptions> options,
    TimeProvider time,
    ILogger<BufferedMessageSweeper> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Drops every waiting message expired by now; returns how many this call dropped.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var dropped = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var expired = await store.ExpiredAsync(now, BatchSize, cancellationToken).ConfigureAwait(false);
            var droppedThisBatch = 0;
            foreach (var message in expired)
            {
                if (await store.TryDropAsync(message.BufferId, now, cancellationToken).ConfigureAwait(false))
                {
                    MessageBufferLog.Dropped(logger, message.BufferId, message.MessageName, message.ExpiresAt);
                    droppedThisBatch++;
                }
            }

            dropped += droppedThisBatch;
            if (expired.Count < BatchSize || droppedThisBatch == 0)
            {
                // Records of closed messages are kept for the retention window, then go.
                await store.PruneClosedAsync(now - options.Value.KeepClosedFor, cancellationToken).ConfigureAwait(false);
                return dropped;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.AllowedNames.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or TimeoutException)
            {
                MessageBufferLog.SweepFailed(logger, ex);
            }
        }
    }
}
