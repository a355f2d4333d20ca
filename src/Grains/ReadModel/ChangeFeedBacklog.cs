using System.Globalization;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.ReadModel;

/// <summary>How far the read model is behind: change rows of this service not yet projected.</summary>
public sealed class ChangeFeedBacklog(CaseFlowDatabase database)
{
    /// <summary>Counts the unprojected change rows of a service.</summary>
    public async Task<long> CountAsync(string serviceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT COUNT(*) FROM cf_change_feed WHERE service_id = @service", null);
        command.AddParameter("service", serviceId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until every change row of the service is projected, or the timeout passes.</summary>
    /// <returns>True when the backlog reached zero.</returns>
    public async Task<bool> WaitUntilDrainedAsync(string serviceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (await CountAsync(serviceId, deadline.Token).ConfigureAwait(false) > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
