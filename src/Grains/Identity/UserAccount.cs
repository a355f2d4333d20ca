namespace CaseFlow.Grains.Identity;

/// <summary>A user as shown to admins and put into tokens; never carries the password hash.</summary>
/// <param name="Id">Stable internal id, the token's <c>sub</c>.</param>
/// <param name="Login">Lower-case sign-in name, recorded as the actor in case histories.</param>
/// <param name="DisplayName">Name shown in the UI.</param>
/// <param name="Active">False for a deactivated user, who cannot sign in.</param>
/// <param name="Roles">Role assignments, each in one jurisdiction.</param>
public sealed record UserAccount(string Id, string Login, string DisplayName, bool Active, IReadOnlyList<RoleAssignment> Roles);
