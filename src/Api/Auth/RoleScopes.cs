using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Api.Auth;

/// <summary>Where a caller holds a set of roles: the jurisdiction part of every role × jurisdiction check.</summary>
public static class RoleScopes
{
    /// <summary>Where the caller holds any of <paramref name="roles"/>, each role counting in its jurisdiction and below.</summary>
    public static async ValueTask<JurisdictionScope> ForRolesAsync(
        Caller caller, IReadOnlyCollection<string> roles, IJurisdictionDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(directory);
        var towns = new List<string>();
        var villages = new List<string>();
        foreach (var assignment in caller.Assignments.Where(a => roles.Contains(a.Role, StringComparer.Ordinal)))
        {
            // A code the tree does not know grants nothing: a stale or forged claim must not widen access.
            switch ((await directory.FindAsync(assignment.JurisdictionCode, cancellationToken).ConfigureAwait(false))?.Level)
            {
                case JurisdictionLevel.County:
                    return JurisdictionScope.Everywhere;
                case JurisdictionLevel.Town:
                    towns.Add(assignment.JurisdictionCode);
                    break;
                case JurisdictionLevel.Village:
                    villages.Add(assignment.JurisdictionCode);
                    break;
            }
        }

        return towns.Count == 0 && villages.Count == 0
            ? JurisdictionScope.None
            : new JurisdictionScope(false, [.. towns.Distinct(StringComparer.Ordinal)], [.. villages.Distinct(StringComparer.Ordinal)]);
    }
}
