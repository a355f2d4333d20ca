using CaseFlow.Api.Auth;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using CaseFlow.Grains.Petitions.ReadModel;

namespace CaseFlow.Api.Petitions;

/// <summary>Who may see and act on petitions (DOMAIN.md §2.3, §4.3).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>petition officer, supervisor, director: every petition, report-of-wrongdoing items included (Art. 30 ¶3);</item>
/// <item>caseworker: petitions linked to people in their town, never report-of-wrongdoing items; may answer them as
/// handler;</item>
/// <item>extension approval: the director only (Art. 34, "head of the body");</item>
/// <item>everyone else: no access (403).</item>
/// </list>
/// </remarks>
public static class PetitionAccess
{
    private static readonly string[] CountyRoles = [Roles.PetitionOfficer, Roles.Supervisor, Roles.Director];
    private static readonly string[] HandlerRoles = [Roles.Caseworker];

    /// <summary>The petitions the caller may read; an empty jurisdiction means none.</summary>
    public static async ValueTask<PetitionScope> ReadScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default)
    {
        var county = await RoleScopes.ForRolesAsync(caller, CountyRoles, directory, cancellationToken).ConfigureAwait(false);
        if (county.County)
        {
            return new PetitionScope(JurisdictionScope.Everywhere, Restricted: true);
        }

        return new PetitionScope(await RoleScopes.ForRolesAsync(caller, HandlerRoles, directory, cancellationToken).ConfigureAwait(false), Restricted: false);
    }

    /// <summary>True when the caller registers and tracks petitions: a county petition officer, supervisor or director.</summary>
    public static async ValueTask<bool> IsOfficerAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default) =>
        (await RoleScopes.ForRolesAsync(caller, CountyRoles, directory, cancellationToken).ConfigureAwait(false)).County;

    /// <summary>True when the caller may approve the one extension: a director.</summary>
    public static async ValueTask<bool> IsDirectorAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default) =>
        (await RoleScopes.ForRolesAsync(caller, [Roles.Director], directory, cancellationToken).ConfigureAwait(false)).County;

    /// <summary>Whether a petition lies inside the scope; outside it the API answers 404.</summary>
    public static bool CanSee(PetitionScope scope, PetitionView petition)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(petition);
        if (!scope.Restricted && petition.ItemType == PetitionItemType.ReportOfWrongdoing)
        {
            return false;
        }

        return scope.Jurisdiction.County
            || (petition.TownCode is not null && scope.Jurisdiction.Contains(petition.TownCode, petition.VillageCode));
    }
}
