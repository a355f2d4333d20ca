namespace CaseFlow.Grains.Identity;

/// <summary>Someone a user may hand a task to: sign-in name, display name and working roles; nothing else about them.</summary>
/// <param name="Login">The sign-in name tasks are assigned to.</param>
/// <param name="DisplayName">The name shown in the UI.</param>
/// <param name="Roles">Their working role assignments inside the caller's reach.</param>
public sealed record Colleague(string Login, string DisplayName, IReadOnlyList<RoleAssignment> Roles);
