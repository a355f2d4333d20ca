using CaseFlow.Api.Auth;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Persons;

/// <summary>Who may read and change person case files, and where (DOMAIN.md §2.3).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>caseworker: read and write in their town(s);</item>
/// <item>village member: read in their village(s), and record visits and problems there; registration, profile and
/// other case-file changes are the town caseworker's;</item>
/// <item>supervisor and director: read and write across the county;</item>
/// <item>admin, assessor, petition officer: no access to person case files through this API (admin must not read
/// case content; assessors will see only assigned assessments; petitions will bring their own endpoints).</item>
/// </list>
/// A role counts in the jurisdiction it is held in and everything below it.
/// </remarks>
public static class PersonAccess
{
    private static readonly string[] ReadRoles = [Roles.Caseworker, Roles.VillageMember, Roles.Supervisor, Roles.Director];
    private static readonly string[] WriteRoles = [Roles.Caseworker, Roles.Supervisor, Roles.Director];
    private static readonly string[] FieldWorkRoles = [Roles.Caseworker, Roles.VillageMember, Roles.Supervisor, Roles.Director];

    /// <summary>Where the caller may read person case files.</summary>
    public static ValueTask<JurisdictionScope> ReadScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default) =>
        RoleScopes.ForRolesAsync(caller, ReadRoles, directory, cancellationToken);

    /// <summary>Where the caller may register people and change their profiles.</summary>
    public static ValueTask<JurisdictionScope> WriteScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default) =>
        RoleScopes.ForRolesAsync(caller, WriteRoles, directory, cancellationToken);

    /// <summary>Where the caller may record visits and problems: the write scope plus village members' own villages.</summary>
    public static ValueTask<JurisdictionScope> FieldWorkScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken = default) =>
        RoleScopes.ForRolesAsync(caller, FieldWorkRoles, directory, cancellationToken);
}
