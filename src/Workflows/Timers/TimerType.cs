namespace CaseFlow.Workflows.Timers;

/// <summary>Which BPMN timer element holds the value.</summary>
public enum TimerType
{
    /// <summary><c>timeDate</c>: an instant (R29).</summary>
    Date,

    /// <summary><c>timeDuration</c>: a delay after creation (R30).</summary>
    Duration,

    /// <summary><c>timeCycle</c>: repetitions (R31).</summary>
    Cycle,
}
