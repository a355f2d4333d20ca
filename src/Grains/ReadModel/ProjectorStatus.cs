namespace CaseFlow.Grains.ReadModel;

/// <summary>What the projector last did, for the health check and for tests that wait for convergence.</summary>
public sealed class ProjectorStatus
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastIdleAt;
    private DateTimeOffset? _lastFailureAt;
    private string? _lastFailure;
    private long _rowsProjected;

    /// <summary>Change rows consumed since start.</summary>
    public long RowsProjected { get { lock (_gate) { return _rowsProjected; } } }

    /// <summary>When the feed was last seen empty.</summary>
    public DateTimeOffset? LastIdleAt { get { lock (_gate) { return _lastIdleAt; } } }

    /// <summary>The type of the last failure and when it happened, if the projector has not succeeded since.</summary>
    public (string Error, DateTimeOffset At)? CurrentFailure
    {
        get { lock (_gate) { return _lastFailure is null ? null : (_lastFailure, _lastFailureAt!.Value); } }
    }

    internal void RecordIdle(DateTimeOffset at)
    {
        lock (_gate)
        {
            _lastIdleAt = at;
            _lastFailure = null;
        }
    }

    internal void RecordProgress(int rows)
    {
        lock (_gate)
        {
            _rowsProjected += rows;
            _lastFailure = null;
        }
    }

    internal void RecordFailure(string error, DateTimeOffset at)
    {
        lock (_gate)
        {
            _lastFailure = error;
            _lastFailureAt = at;
        }
    }
}
