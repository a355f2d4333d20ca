namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>One row of the instance list, from the read model (no variables).</summary>
public sealed record InstanceListItem(
    string InstanceId,
    string ProcessKey,
    int ProcessVersion,
    string Status,
    string? BusinessKey,
    string? PersonId,
    string? PetitionId,
    string? JurisdictionCode,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<string> ActiveElementIds,
    int OpenIncidents,
    int OpenTasks,
    DateTimeOffset? NextTimerAt);
