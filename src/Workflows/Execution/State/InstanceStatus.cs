using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>The lifecycle of one process instance.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstanceStatus>))]
public enum InstanceStatus
{
    /// <summary>Created by the host but not started yet; only <c>StartInstance</c> is accepted.</summary>
    Created,

    /// <summary>Running (possibly with incidents).</summary>
    Active,

    /// <summary>Ended normally, including by a terminate end event (R26).</summary>
    Completed,

    /// <summary>Ended by a cancel command (R72).</summary>
    Cancelled,
}
