namespace CaseFlow.Api.ExternalTasks;

/// <summary>Finds the instance of a job from the job id alone.</summary>
/// <remarks>
/// The engine derives every id from the instance id and a counter (<c>{instanceId}:j{n}</c>, R4), and instance ids
/// hold no colon, so a worker's answer reaches the authoritative instance without a read-model lookup that could lag.
/// </remarks>
public static class ExternalTaskIds
{
    /// <summary>The instance id of a job id, or null when the id has no instance part.</summary>
    public static string? InstanceOf(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        var separator = jobId.IndexOf(':', StringComparison.Ordinal);
        return separator > 0 && separator < jobId.Length - 1 ? jobId[..separator] : null;
    }
}
