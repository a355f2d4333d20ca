using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One process instance as callers see it.</summary>
/// <param name="InstanceId">The grain key.</param>
/// <param name="ProcessKey">The process key.</param>
/// <param name="ProcessVersion">The version it runs on; it stays there until it ends.</param>
/// <param name="Status"><c>active</c>, <c>completed</c> or <c>cancelled</c>.</param>
/// <param name="BusinessKey">The business key given at start.</param>
/// <param name="PersonId">The person it serves, if any.</param>
/// <param name="PetitionId">The petition it serves, if any.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it completed or was cancelled.</param>
/// <param name="ActiveElementIds">BPMN element ids holding a live token, in creation order (repeats for parallel tokens).</param>
/// <param name="Tasks">Open user tasks in creation order.</param>
/// <param name="Jobs">Live service jobs in creation order.</param>
/// <param name="Incidents">Open incidents in creation order.</param>
/// <param name="VariablesJson">The root scope's variables as one JSON object.</param>
/// <param name="NextTimerAt">When the earliest pending timer is due, if any.</param>
/// <param name="JurisdictionCode">The county, town or village code whose staff work the instance.</param>
/// <param name="Calls">Call activities waiting for their child instances, with the children's ids (R45).</param>
/// <param name="ParentInstanceId">The instance whose call activity started this one, if any.</param>
/// <param name="EscalationsForCaller">Escalations this called instance raised that its caller has not taken yet (R43); a
/// caller reading an ended child leaves the child to report them, and its end after them.</param>
[GenerateSerializer, Immutable, Alias("caseflow.process-instance-view")]
public sealed record ProcessInstanceView(
    [property: Id(0)] string InstanceId,
    [property: Id(1)] string ProcessKey,
    [property: Id(2)] int ProcessVersion,
    [property: Id(3)] string Status,
    [property: Id(4)] string? BusinessKey,
    [property: Id(5)] string? PersonId,
    [property: Id(6)] string? PetitionId,
    [property: Id(7)] DateTimeOffset? StartedAt,
    [property: Id(8)] DateTimeOffset? EndedAt,
    [property: Id(9)] ImmutableArray<string> ActiveElementIds,
    [property: Id(10)] ImmutableArray<InstanceTaskView> Tasks,
    [property: Id(11)] ImmutableArray<InstanceJobView> Jobs,
    [property: Id(12)] ImmutableArray<InstanceIncidentView> Incidents,
    [property: Id(13)] string VariablesJson,
    [property: Id(14)] DateTimeOffset? NextTimerAt,
    [property: Id(15)] string? JurisdictionCode,
    [property: Id(16)] ImmutableArray<InstanceCallView> Calls,
    [property: Id(17)] string? ParentInstanceId,
    [property: Id(18)] int EscalationsForCaller = 0)
{
    // Variables may hold personal data; printing the record must not leak them into logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("InstanceId = ").Append(InstanceId).Append(", ProcessKey = ").Append(ProcessKey)
            .Append(", ProcessVersion = ").Append(ProcessVersion).Append(", Status = ").Append(Status);
        return true;
    }
}
