using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Api.Instances;

/// <summary>One instance as the API returns it: the grain's view with the variables as a JSON object.</summary>
public sealed record InstanceResponse(
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
    ImmutableArray<string> ActiveElementIds,
    ImmutableArray<InstanceTaskView> Tasks,
    ImmutableArray<InstanceJobView> Jobs,
    ImmutableArray<InstanceIncidentView> Incidents,
    JsonElement Variables,
    DateTimeOffset? NextTimerAt)
{
    public static InstanceResponse From(ProcessInstanceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new InstanceResponse(
            view.InstanceId, view.ProcessKey, view.ProcessVersion, view.Status, view.BusinessKey, view.PersonId, view.PetitionId,
            view.JurisdictionCode, view.StartedAt, view.EndedAt, view.ActiveElementIds, view.Tasks, view.Jobs, view.Incidents,
            MaskedJson.Parse(view.VariablesJson), view.NextTimerAt);
    }

    /// <summary>The same view with the variables replaced by an empty object, for callers who may not read case content.</summary>
    public InstanceResponse WithoutVariables()
    {
        using var empty = JsonDocument.Parse("{}");
        return this with { Variables = empty.RootElement.Clone() };
    }
}
