using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>Where one element instance is in its life (BPMN.md §0).</summary>
/// <remarks>The state holds only live element instances; completed and cancelled ones leave it in the step they end.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ElementInstanceState>))]
public enum ElementInstanceState
{
    /// <summary>Being entered or left inside the current step.</summary>
    Active,

    /// <summary>Parked in a wait state (task, job, timer, subprocess with live children).</summary>
    Waiting,

    /// <summary>Parked in a blocking incident (R70).</summary>
    Failed,

    /// <summary>Ended normally; reported in effects, not kept in the state.</summary>
    Completed,

    /// <summary>Ended by a boundary event, terminate or cancel; reported in effects, not kept in the state.</summary>
    Cancelled,
}
