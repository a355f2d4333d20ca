using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>What a timer does when it fires.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimerKind>))]
public enum TimerKind
{
    /// <summary>An intermediate timer catch event: the waiting token leaves.</summary>
    CatchEvent,

    /// <summary>A boundary timer on a host activity (R36).</summary>
    Boundary,

    /// <summary>The wait before a failed job is offered again (R63).</summary>
    JobRetry,

    /// <summary>A user task's due date passed: SLA effects only, no token moves (R58, R61).</summary>
    TaskDue,

    /// <summary>A user task's follow-up date came: a reminder effect only, no token moves (R61).</summary>
    TaskFollowUp,

    /// <summary>A task's timeout listener (R61): firing runs the listener and never interrupts the task.</summary>
    TaskTimeout,
}
