using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>Where a delegated task stands (R59, as C7).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DelegationState>))]
public enum DelegationState
{
    /// <summary>The delegate works the task; completing it is refused until it is resolved.</summary>
    Pending,

    /// <summary>The delegate handed it back; the owner is the assignee again.</summary>
    Resolved,
}
