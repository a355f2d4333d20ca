using CaseFlow.Api.Common;
using CaseFlow.Grains.Identity;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Auth;

/// <summary>Checks a login and password against the user store, counting failures and locking accounts.</summary>
/// <remarks>
/// An unknown login, a deactivated user and a wrong password all get the same answer after the same amount of
/// hashing work, so neither the message nor the timing tells which part was wrong. A locked account is refused
/// without checking the password, so guessing cannot go on while it is locked.
/// </remarks>
public sealed class SignInService(SqlUserStore users, AuthOptions options, TimeProvider time, ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> SignInAsync(string? login, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password) || login.Length > 200 || password.Length > 1024)
        {
            AuthLog.SignInRefused(logger, "(none)", "malformed");
            return new SignInOutcome(null, ApiErrorCodes.InvalidCredentials, null, null, "malformed");
        }

        var credential = await users.FindCredentialAsync(login, cancellationToken).ConfigureAwait(false);
        if (credential is null || !credential.Active || credential.PasswordHash is null)
        {
            PasswordHasher.VerifyNothing(password);
            var detail = credential is null ? "unknown-login" : "inactive";
            AuthLog.SignInRefused(logger, credential?.UserId ?? "(unknown)", detail);
            return new SignInOutcome(null, ApiErrorCodes.InvalidCredentials, credential is null ? null : SqlUserStore.NormaliseLogin(login), credential?.UserId, detail);
        }

        var knownLogin = SqlUserStore.NormaliseLogin(login);
        var now = time.GetUtcNow();
        if (credential.LockedUntil is { } until && until > now)
        {
            AuthLog.SignInRefused(logger, credential.UserId, "locked");
            return new SignInOutcome(null, ApiErrorCodes.AccountLocked, knownLogin, credential.UserId, "locked");
        }

        if (!PasswordHasher.Verify(password, credential.PasswordHash))
        {
            var locked = await users.RecordFailureAsync(credential.UserId, options.MaxFailedAttempts, now + options.LockoutDuration, cancellationToken).ConfigureAwait(false);
            if (locked)
            {
                AuthLog.AccountLocked(logger, credential.UserId, options.LockoutDuration);
                return new SignInOutcome(null, ApiErrorCodes.AccountLocked, knownLogin, credential.UserId, "locked-now");
            }

            AuthLog.SignInRefused(logger, credential.UserId, "wrong-password");
            return new SignInOutcome(null, ApiErrorCodes.InvalidCredentials, knownLogin, credential.UserId, "wrong-password");
        }

        await users.RecordSuccessAsync(credential.UserId, cancellationToken).ConfigureAwait(false);
        var user = await users.FindAsync(credential.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return new SignInOutcome(null, ApiErrorCodes.InvalidCredentials, knownLogin, credential.UserId, "unknown-login");
        }

        AuthLog.SignedIn(logger, user.Id);
        return new SignInOutcome(user, null, user.Login, user.Id, "signed-in");
    }
}
