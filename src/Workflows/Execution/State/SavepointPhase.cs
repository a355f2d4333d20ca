using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>Where an element instance stands with respect to its async savepoints (R66).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SavepointPhase>))]
public enum SavepointPhase
{
    /// <summary>No savepoint reached yet.</summary>
    None,

    /// <summary>Parked before running (<c>asyncBefore</c>), waiting for its <c>Continue</c>.</summary>
    Before,

    /// <summary>Parked after completing (<c>asyncAfter</c>), before its outgoing flows.</summary>
    After,

    /// <summary>Past the before-savepoint: an incident retry re-runs the element instead of parking it again.</summary>
    Passed,
}
