using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Grains.Notifications;

/// <summary>Turns an audience into logins from the jurisdiction tree and the role assignments; pure, so it is unit-tested alone.</summary>
/// <remarks>
/// A role held in a jurisdiction covers it and everything below, so a task in a village reaches holders assigned to
/// that village, its town and the county. An instance without a jurisdiction counts as the county's (the root's).
/// </remarks>
public sealed class RecipientResolver
{
    private readonly Dictionary<string, string?> _parents;
    private readonly IReadOnlyList<string> _roots;
    private readonly IReadOnlyList<RoleHolder> _holders;

    public RecipientResolver(IEnumerable<Jurisdiction> tree, IEnumerable<RoleHolder> holders)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(holders);
        var nodes = tree.ToList();
        _parents = nodes.ToDictionary(j => j.Code, j => j.ParentCode, StringComparer.Ordinal);
        _roots = [.. nodes.Where(j => j.ParentCode is null).Select(j => j.Code)];
        _holders = [.. holders];
    }

    /// <summary>The jurisdiction and its ancestors, nearest first; the roots for none.</summary>
    public IReadOnlyList<string> PathToRoot(string? jurisdictionCode)
    {
        if (jurisdictionCode is null)
        {
            return _roots;
        }

        var path = new List<string>();
        for (var code = jurisdictionCode; code is not null && !path.Contains(code, StringComparer.Ordinal); code = _parents.GetValueOrDefault(code))
        {
            path.Add(code);
        }

        return path;
    }

    /// <summary>Holders of a role named by any of the groups whose jurisdiction covers the given one.</summary>
    /// <remarks>A candidate group names a role (ARCHITECTURE.md, authorisation); a group that names no role reaches nobody.</remarks>
    public IReadOnlyList<string> CandidatesFor(IEnumerable<string> groups, string? jurisdictionCode)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var roles = groups.Where(Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        var path = PathToRoot(jurisdictionCode);
        return Logins(_holders.Where(h => roles.Contains(h.Role) && path.Contains(h.JurisdictionCode, StringComparer.Ordinal)));
    }

    /// <summary>
    /// The supervisors of the nearest jurisdiction, from the given one up the tree, where anyone holds the supervisor
    /// role; the directors covering it when no level has one, so an escalation never goes nowhere.
    /// </summary>
    public IReadOnlyList<string> SupervisorsFor(string? jurisdictionCode)
    {
        var path = PathToRoot(jurisdictionCode);
        foreach (var code in path)
        {
            var here = Logins(_holders.Where(h => h.Role == Roles.Supervisor && string.Equals(h.JurisdictionCode, code, StringComparison.Ordinal)));
            if (here.Count > 0)
            {
                return here;
            }
        }

        return Logins(_holders.Where(h => h.Role == Roles.Director && path.Contains(h.JurisdictionCode, StringComparer.Ordinal)));
    }

    /// <summary>
    /// The caseworkers of the nearest jurisdiction, from the given one up the tree, where anyone holds the caseworker role
    /// (the town caseworker for a village task); the supervisors when no level has one.
    /// </summary>
    public IReadOnlyList<string> CaseworkersFor(string? jurisdictionCode)
    {
        foreach (var code in PathToRoot(jurisdictionCode))
        {
            var here = Logins(_holders.Where(h => h.Role == Roles.Caseworker && string.Equals(h.JurisdictionCode, code, StringComparison.Ordinal)));
            if (here.Count > 0)
            {
                return here;
            }
        }

        return SupervisorsFor(jurisdictionCode);
    }

    /// <summary>The directors whose jurisdiction covers the given one: the top of the escalation ladder.</summary>
    public IReadOnlyList<string> DirectorsFor(string? jurisdictionCode)
    {
        var path = PathToRoot(jurisdictionCode);
        return Logins(_holders.Where(h => h.Role == Roles.Director && path.Contains(h.JurisdictionCode, StringComparer.Ordinal)));
    }

    private static List<string> Logins(IEnumerable<RoleHolder> holders) =>
        [.. holders.Select(h => h.Login).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
