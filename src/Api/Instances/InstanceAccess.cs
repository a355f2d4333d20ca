using CaseFlow.Api.Auth;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Instances;

/// <summary>Who may start, read and operate process instances, and where.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>caseworker: start and read in their town(s); a process that names its starters
/// (<c>camunda:candidateStarterGroups</c>) is started only by those roles, so a village member starts the processes
/// that name village members, in their village;</item>
/// <item>village member: read in their village(s);</item>
/// <item>supervisor and director: start and read across the county, and operator actions (cancel, retry, modify, migrate);</item>
/// <item>admin: operator actions across the county, and reading the instances they operate on (an operator cannot fix
/// an incident without seeing the variables it names);</item>
/// <item>assessor, petition officer: nothing here yet (their work reaches them as tasks).</item>
/// </list>
/// An instance belongs to the jurisdiction recorded at start (the linked person's village, or the starter's own
/// jurisdiction); a role counts in the jurisdiction it is held in and everything below it.
/// </remarks>
public static class InstanceAccess
{
    private static readonly string[] StartRoles = [Roles.Caseworker, Roles.Supervisor, Roles.Director];
    private static readonly string[] ReadRoles = [Roles.Caseworker, Roles.VillageMember, Roles.Supervisor, Roles.Director, Roles.Admin];
    private static readonly string[] OperateRoles = [Roles.Supervisor, Roles.Director, Roles.Admin];

    // A model may name any of these as its starters; admins operate but never open a case.
    private static readonly string[] NamedStarterRoles = [Roles.VillageMember, Roles.Caseworker, Roles.PetitionOfficer, Roles.Supervisor, Roles.Director];

    /// <summary>Where the caller may start instances.</summary>
    public static ValueTask<JurisdictionScope> StartScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken) =>
        RoleScopes.ForRolesAsync(caller, StartRoles, directory, cancellationToken);

    /// <summary>Where the caller may start a process whose model names <paramref name="starterGroups"/>; without names, the roles that start any process.</summary>
    public static ValueTask<JurisdictionScope> StartScopeAsync(
        Caller caller, IReadOnlyCollection<string> starterGroups, IJurisdictionDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(starterGroups);
        return starterGroups.Count == 0
            ? StartScopeAsync(caller, directory, cancellationToken)
            : RoleScopes.ForRolesAsync(caller, [.. NamedStarterRoles.Intersect(starterGroups, StringComparer.Ordinal)], directory, cancellationToken);
    }

    /// <summary>True when the caller holds a role that some process may let start instances.</summary>
    public static bool MayStartSome(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Assignments.Any(a => NamedStarterRoles.Contains(a.Role, StringComparer.Ordinal));
    }

    /// <summary>Where the caller may read instances with their variables.</summary>
    public static ValueTask<JurisdictionScope> ReadScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken) =>
        RoleScopes.ForRolesAsync(caller, ReadRoles, directory, cancellationToken);

    /// <summary>Where the caller may cancel, retry, modify and migrate.</summary>
    public static ValueTask<JurisdictionScope> OperateScopeAsync(Caller caller, IJurisdictionDirectory directory, CancellationToken cancellationToken) =>
        RoleScopes.ForRolesAsync(caller, OperateRoles, directory, cancellationToken);

    /// <summary>The jurisdiction an instance started without a person is worked in: the first start role's code.</summary>
    public static string? OwnJurisdiction(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (caller.Assignments.FirstOrDefault(a => StartRoles.Contains(a.Role, StringComparer.Ordinal))
            ?? caller.Assignments.FirstOrDefault(a => NamedStarterRoles.Contains(a.Role, StringComparer.Ordinal)))?.JurisdictionCode;
    }

    /// <summary>True when an instance worked in <paramref name="jurisdictionCode"/> lies inside the scope.</summary>
    public static bool Covers(JurisdictionScope scope, string? jurisdictionCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Covers(jurisdictionCode);
    }
}
