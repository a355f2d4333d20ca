using System.Text.Json.Serialization;

namespace CaseFlow.Workflows.Execution.State;

/// <summary>Whether a job is on offer to a worker or waiting for its retry timer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState
{
    /// <summary>Offered; a worker result is accepted.</summary>
    Offered,

    /// <summary>Failed with attempts left; offered again when its retry timer fires (R63).</summary>
    WaitingRetry,

    /// <summary>Attempts exhausted; the element instance holds a <c>ServiceRetriesExhausted</c> incident.</summary>
    Exhausted,
}
