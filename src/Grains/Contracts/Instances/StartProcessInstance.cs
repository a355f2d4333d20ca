namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>Starts a process instance on a published version of a process key.</summary>
/// <param name="ProcessKey">The process key (<c>process/@id</c>).</param>
/// <param name="Version">A published version to run; null for the latest published one (R81).</param>
/// <param name="BusinessKey">Recorded on the instance; not required to be unique.</param>
/// <param name="VariablesJson">A JSON object of start variables, or null.</param>
/// <param name="PersonId">The person the instance serves, if any.</param>
/// <param name="PetitionId">The petition the instance serves, if any.</param>
/// <param name="Actor">Who starts it; becomes the start event's initiator.</param>
/// <param name="CommandId">The idempotency key: a repeat returns the instance without starting it twice (R5).</param>
/// <param name="StartEventId">A top-level start event to start from (a timer start firing); null for the none start.</param>
/// <param name="JurisdictionCode">The county, town or village code whose staff work the instance; usually the person's village.</param>
/// <param name="ParentInstanceId">The instance whose call activity starts this one (R45); told when this one ends.</param>
/// <param name="CallDepth">The parent's depth plus one; 0 for a top-level start.</param>
[GenerateSerializer, Immutable, Alias("caseflow.start-process-instance")]
public sealed record StartProcessInstance(
    [property: Id(0)] string ProcessKey,
    [property: Id(1)] int? Version,
    [property: Id(2)] string? BusinessKey,
    [property: Id(3)] string? VariablesJson,
    [property: Id(4)] string? PersonId,
    [property: Id(5)] string? PetitionId,
    [property: Id(6)] string Actor,
    [property: Id(7)] string CommandId,
    [property: Id(8)] string? JurisdictionCode = null,
    [property: Id(9)] string? StartEventId = null,
    [property: Id(10)] string? ParentInstanceId = null,
    [property: Id(11)] int CallDepth = 0)
{
    // Variables may hold personal data; a log line or exception message must never print them.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("ProcessKey = ").Append(ProcessKey).Append(", Version = ").Append(Version)
            .Append(", Actor = ").Append(Actor).Append(", CommandId = ").Append(CommandId);
        return true;
    }
}
