using System.Security.Claims;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Auth;

/// <summary>The authenticated caller as the API reasons about it: a login and role assignments.</summary>
/// <param name="Login">The name recorded as actor.</param>
/// <param name="Roles">Role keys held, whatever the jurisdiction.</param>
/// <param name="Assignments">Each role with the jurisdiction it is held in.</param>
public sealed record Caller(string Login, IReadOnlyList<string> Roles, IReadOnlyList<RoleAssignment> Assignments)
{
    /// <summary>
    /// Reads the caller from validated claims. A jurisdiction claim <c>role:code</c> pairs with that role; a bare
    /// code (as an external provider may send) applies to every role the caller holds.
    /// </summary>
    public static Caller From(ClaimsPrincipal user, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        var roles = user.FindAll(options.RoleClaim).Select(c => c.Value).Where(Grains.Identity.Roles.IsKnown).Distinct(StringComparer.Ordinal).ToList();
        var assignments = new List<RoleAssignment>();
        foreach (var claim in user.FindAll(options.JurisdictionClaim))
        {
            var separator = claim.Value.IndexOf(':', StringComparison.Ordinal);
            if (separator < 0)
            {
                assignments.AddRange(roles.Select(role => new RoleAssignment(role, claim.Value)));
            }
            else if (roles.Contains(claim.Value[..separator], StringComparer.Ordinal))
            {
                assignments.Add(new RoleAssignment(claim.Value[..separator], claim.Value[(separator + 1)..]));
            }
        }

        return new Caller(user.Identity?.Name ?? string.Empty, roles, [.. assignments.Distinct()]);
    }
}
