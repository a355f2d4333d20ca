using System.Text;

namespace CaseFlow.Grains.Identity;

/// <summary>What sign-in needs to decide: the hash and the lockout counters of one user.</summary>
public sealed record UserCredential(string UserId, string? PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil, bool Active)
{
    // Records print every member by default; this one may reach an exception text or a log, so the hash stays out.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("UserId = ").Append(UserId).Append(", hash withheld");
        return true;
    }
}
