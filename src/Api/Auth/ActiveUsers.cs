using System.Collections.Concurrent;
using CaseFlow.Grains.Identity;

namespace CaseFlow.Api.Auth;

/// <summary>
/// Answers whether the user behind a valid token is still active, so a deactivated user's tokens stop working at
/// their next request instead of at their expiry.
/// </summary>
/// <remarks>
/// One indexed lookup per user at most every <see cref="RecheckAfter"/>; the admin endpoint that deactivates a user
/// forgets the cached answer on its own node at once, and other nodes of a cluster notice within that time. A token
/// whose subject has no user row (an OIDC-only user) is left to the provider.
/// </remarks>
public sealed class ActiveUsers(SqlUserStore users, TimeProvider time)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset CheckedAt)> _answers = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsActiveAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_answers.TryGetValue(userId, out var known) && now - known.CheckedAt < RecheckAfter)
        {
            return known.Active;
        }

        var active = await users.IsActiveAsync(userId, cancellationToken).ConfigureAwait(false) ?? true;
        _answers[userId] = (active, now);
        return active;
    }

    /// <summary>Drops the cached answer for a user whose account just changed.</summary>
    public void Forget(string userId) => _answers.TryRemove(userId, out _);
}
