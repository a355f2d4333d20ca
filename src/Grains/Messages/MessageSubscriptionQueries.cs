using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Messages;

/// <summary>Finds the instances waiting for a message, from <c>rm_message_subscriptions</c> (R52, R53).</summary>
/// <remarks>The index lags the grains: each candidate must be confirmed with its instance, which refuses a message it no
/// longer waits for with <c>MessageNotCorrelated</c>.</remarks>
public sealed class MessageSubscriptionQueries(CaseFlowDatabase database)
{
    /// <summary>More candidates than this is a correlation too loose to be meant for one instance.</summary>
    public const int MaxCandidates = 50;

    /// <summary>The ids of active instances with an open subscription to <paramref name="messageName"/>, and the business key when given.</summary>
    public async Task<IReadOnlyList<string>> WaitingAsync(string messageName, string? businessKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageName);
        var sql = "SELECT DISTINCT instance_id FROM rm_message_subscriptions WHERE message_name = @name"
            + (businessKey is null ? string.Empty : " AND business_key = @bk")
            + " ORDER BY instance_id LIMIT @limit";
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql, null);
        command.AddParameter("name", messageName).AddParameter("limit", MaxCandidates + 1);
        if (businessKey is not null)
        {
            command.AddParameter("bk", businessKey);
        }

        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
