using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Auth;

/// <summary>What a sign-in attempt came to: the user, or the stable code of the refusal.</summary>
public sealed record SignInOutcome(UserAccount? User, string? ErrorCode);
