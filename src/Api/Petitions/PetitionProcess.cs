using CaseFlow.Api.Auth;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Identity;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Petitions;

/// <summary>The shipped petition process (<c>petition_resolution</c>) that works every registered petition to closure.</summary>
/// <remarks>
/// <para>
/// Registration through the API starts one instance per petition, bound to it (the instance's petition id), so the
/// process reads the petition's statutory clocks from the grain and drives it through <c>caseflow.*</c> service
/// tasks. The instance id derives from the petition id ("I" and the same 32 hex digits), which makes the start
/// idempotent and lets a closure through the API find the instance without a lookup.
/// </para>
/// <para>
/// The instance is worked in the jurisdiction of the person the petition is about, or at county level for a petition
/// linked to nobody and for every report of wrongdoing, whose handlers must not include the town's staff (Art. 30 ¶3);
/// a report of wrongdoing also carries no person link, so it never appears among a person's instances.
/// </para>
/// <para>
/// Without a published version (a node started with <c>Seeding:Processes=false</c>) the petition is registered and
/// tracked all the same, only without tasks; the start is logged and skipped.
/// </para>
/// </remarks>
public static class PetitionProcess
{
    public const string Key = "petition_resolution";

    /// <summary>The message a closure outside the process sends, so the instance ends instead of waiting forever.</summary>
    public const string ClosedMessage = "petition-closed";

    private static readonly string[] CountyRoles = [Roles.PetitionOfficer, Roles.Supervisor, Roles.Director];

    public static string InstanceIdOf(string petitionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(petitionId);
        return "I" + petitionId[1..];
    }

    /// <summary>Starts the process for a petition just registered; returns the instance id, or null when none started.</summary>
    public static async Task<string?> StartAsync(IGrainFactory grains, PetitionView petition, Caller caller, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(caller);
        var county = caller.Assignments.FirstOrDefault(a => CountyRoles.Contains(a.Role, StringComparer.Ordinal))?.JurisdictionCode;
        var restricted = petition.ItemType == PetitionItemType.ReportOfWrongdoing;
        var jurisdiction = restricted ? county : petition.VillageCode ?? petition.TownCode ?? county;
        var personId = restricted ? null : petition.SubjectPersonId ?? petition.PetitionerPersonId;
        var instanceId = InstanceIdOf(petition.Id);
        var result = await grains.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(
            new StartProcessInstance(Key, null, petition.Id, null, personId, petition.Id, caller.Login, "petition-start:" + petition.Id, jurisdiction));
        if (result.Error is { } error)
        {
            PetitionProcessLog.StartSkipped(logger, petition.Id, error.Code);
            return null;
        }

        PetitionProcessLog.Started(logger, petition.Id, instanceId);
        return instanceId;
    }

    /// <summary>Tells the petition's instance that the petition was closed outside it (withdrawn, or closed through the API).</summary>
    public static async Task NotifyClosedAsync(IGrainFactory grains, string petitionId, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var result = await grains.GetGrain<IProcessInstanceGrain>(InstanceIdOf(petitionId))
            .CorrelateMessageAsync(ClosedMessage, null, "petition-closed:" + petitionId);
        if (result.Error is { } error)
        {
            // No instance (registered without the process), or one that already ended: nothing is waiting.
            PetitionProcessLog.ClosedNotDelivered(logger, petitionId, error.Code);
        }
    }
}
