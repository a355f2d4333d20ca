using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Auth;

/// <summary>What a sign-in attempt came to: the user, or the stable code of the refusal.</summary>
/// <param name="User">The signed-in user; null when refused.</param>
/// <param name="ErrorCode">The stable code of the refusal; null on success.</param>
/// <param name="Login">The account's login when the login named one, else null (what was typed is not kept: people
/// type passwords and ID numbers into the login field).</param>
/// <param name="UserId">The account's id when the login named one.</param>
/// <param name="Detail">For the audit log: signed-in, malformed, unknown-login, inactive, locked, wrong-password or locked-now.</param>
public sealed record SignInOutcome(UserAccount? User, string? ErrorCode, string? Login, string? UserId, string Detail);
