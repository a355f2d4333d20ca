using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The operation an incident parked, re-run from its start by a retry (R70, R71).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FailedOperation>))]
public enum FailedOperation
{
    /// <summary>Entering the element: task, job, timer or scope creation.</summary>
    Activate,

    /// <summary>Completing the element normally: output mappings, then leaving.</summary>
    Complete,

    /// <summary>Evaluating outgoing conditions or choosing flows.</summary>
    Leave,

    /// <summary>Service work whose attempts ran out.</summary>
    Job,

    /// <summary>Firing a timer.</summary>
    Timer,

    /// <summary>A join that can never fire; not retryable.</summary>
    Join,
}
