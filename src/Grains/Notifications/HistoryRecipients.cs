using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Notifications;

/// <summary>Who each history entry of an instance notified, read back from the inboxes it reached (DOMAIN.md §6.4).</summary>
/// <remarks>
/// The notification projection writes one inbox row per entry and recipient with the entry as its source
/// (<c>&lt;instance id&gt;#&lt;sequence&gt;</c>), so the history can name who was told without the grain resolving people.
/// Eventually consistent: an entry written a moment ago may not show its recipients yet.
/// </remarks>
public sealed class HistoryRecipients(CaseFlowDatabase database)
{
    /// <summary>The logins notified per history sequence of <paramref name="instanceId"/>, each list in login order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> OfAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        var prefix = instanceId + "#";
        var found = new SortedDictionary<int, SortedSet<string>>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT source, recipient FROM nt_notifications WHERE instance_id = @instance", null);
        command.AddParameter("instance", instanceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var source = reader.GetString(0);
            if (source.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(source.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                if (!found.TryGetValue(sequence, out var logins))
                {
                    found[sequence] = logins = new SortedSet<string>(StringComparer.Ordinal);
                }

                logins.Add(reader.GetString(1));
            }
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value]);
    }
}
