using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Admin;

/// <summary>
/// One user's account for admins: read it, rename or deactivate it, set a new password, lift a lockout. Every call is
/// audited by the audit middleware like any other request; none of them returns or logs a password.
/// </summary>
public static class UserAdminApi
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 1024;

    /// <summary>The password rule, shared by creating a user and resetting a password; null when it holds.</summary>
    public static FieldError? CheckPassword(string? password) =>
        password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength
            ? new FieldError("password", DomainErrorCodes.ValidationFailed, $"A password is {MinPasswordLength} to {MaxPasswordLength} characters.")
            : null;

    public static async Task<Results<Ok<UserAccount>, ProblemHttpResult>> GetAsync(
        string id, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return await services.Users.FindAsync(id, cancellationToken) is { } user ? TypedResults.Ok(user) : NotFound();
    }

    /// <summary>200 with the account; 404 USER_NOT_FOUND; 422 for a bad display name or an admin deactivating themselves.</summary>
    public static async Task<Results<Ok<UserAccount>, ProblemHttpResult>> UpdateAsync(
        string id, UpdateUserRequest request, [AsParameters] AdminServices services, ActiveUsers activeUsers, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(activeUsers);
        ArgumentNullException.ThrowIfNull(http);
        var errors = new List<FieldError>();
        if (request.DisplayName is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 100))
        {
            errors.Add(new FieldError("displayName", DomainErrorCodes.ValidationFailed, "A display name is 1 to 100 characters."));
        }

        // An admin who locked themselves out could not undo it; another admin must do it.
        if (request.Active == false && string.Equals(http.User.FindFirst(AuthClaims.Subject)?.Value, id, StringComparison.Ordinal))
        {
            errors.Add(new FieldError("active", DomainErrorCodes.ValidationFailed, "You cannot deactivate your own account."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.From(DomainError.Validation(errors));
        }

        if (!await services.Users.UpdateAsync(id, request.DisplayName?.Trim(), request.Active, cancellationToken))
        {
            return NotFound();
        }

        activeUsers.Forget(id);
        AuthLog.UserUpdated(services.Logger, id, ActorOf(http), request.Active);
        return TypedResults.Ok((await services.Users.FindAsync(id, cancellationToken))!);
    }

    /// <summary>204; 404 USER_NOT_FOUND; 422 when the password breaks the rule. The password is stored only as a hash.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> ResetPasswordAsync(
        string id, ResetPasswordRequest request, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (CheckPassword(request.Password) is { } invalid)
        {
            return ApiProblems.From(DomainError.Validation([invalid]));
        }

        if (!await services.Users.SetPasswordAsync(id, PasswordHasher.Hash(request.Password!), cancellationToken))
        {
            return NotFound();
        }

        AuthLog.PasswordReset(services.Logger, id, ActorOf(http));
        return TypedResults.NoContent();
    }

    /// <summary>204; 404 USER_NOT_FOUND. The user may sign in again at once, and the failure count starts over.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> UnlockAsync(
        string id, [AsParameters] AdminServices services, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        if (!await services.Users.UnlockAsync(id, cancellationToken))
        {
            return NotFound();
        }

        AuthLog.UserUnlocked(services.Logger, id, ActorOf(http));
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound() => ApiProblems.Of(ApiErrorCodes.UserNotFound, "No user has this id.");

    private static string ActorOf(HttpContext http) => http.User.Identity?.Name ?? string.Empty;
}
