using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Auth;

/// <summary>Who the server takes the caller to be.</summary>
/// <param name="Login">Recorded as actor of the caller's commands.</param>
/// <param name="DisplayName">The token's <c>name</c>, when it has one.</param>
/// <param name="Roles">Role keys held.</param>
/// <param name="Jurisdictions">Each role with its jurisdiction code.</param>
public sealed record MeResponse(string Login, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<RoleAssignment> Jurisdictions);
