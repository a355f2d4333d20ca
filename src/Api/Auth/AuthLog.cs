using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Auth;

/// <summary>Source-generated log messages of authentication and authorisation; event ids 5000–5099.</summary>
/// <remarks>Users are named by internal id only: the typed login may be a mistyped password, and neither passwords
/// nor tokens are ever logged.</remarks>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 5001, EventName = "SignedIn", Level = LogLevel.Information,
        Message = "User {UserId} signed in.")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = 5002, EventName = "SignInRefused", Level = LogLevel.Warning,
        Message = "Sign-in refused for user {UserId}: {Reason}.")]
    public static partial void SignInRefused(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 5003, EventName = "AccountLocked", Level = LogLevel.Warning,
        Message = "User {UserId} locked for {Duration} after repeated failed sign-ins.")]
    public static partial void AccountLocked(ILogger logger, string userId, TimeSpan duration);

    [LoggerMessage(EventId = 5005, EventName = "UserCreated", Level = LogLevel.Information,
        Message = "User {UserId} created by {Actor}.")]
    public static partial void UserCreated(ILogger logger, string userId, string actor);

    [LoggerMessage(EventId = 5006, EventName = "RoleAssigned", Level = LogLevel.Information,
        Message = "Role {Role} in {Jurisdiction} assigned to user {UserId} by {Actor}.")]
    public static partial void RoleAssigned(ILogger logger, string role, string jurisdiction, string userId, string actor);

    [LoggerMessage(EventId = 5007, EventName = "RoleRevoked", Level = LogLevel.Information,
        Message = "Role {Role} in {Jurisdiction} revoked from user {UserId} by {Actor}.")]
    public static partial void RoleRevoked(ILogger logger, string role, string jurisdiction, string userId, string actor);

    [LoggerMessage(EventId = 5008, EventName = "JurisdictionSaved", Level = LogLevel.Information,
        Message = "Jurisdiction {Code} saved by {Actor} (new: {Added}).")]
    public static partial void JurisdictionSaved(ILogger logger, string code, string actor, bool added);

    [LoggerMessage(EventId = 5009, EventName = "UserUpdated", Level = LogLevel.Information,
        Message = "User {UserId} updated by {Actor} (active {Active}).")]
    public static partial void UserUpdated(ILogger logger, string userId, string actor, bool? active);

    [LoggerMessage(EventId = 5010, EventName = "PasswordReset", Level = LogLevel.Information,
        Message = "Password of user {UserId} reset by {Actor}.")]
    public static partial void PasswordReset(ILogger logger, string userId, string actor);

    [LoggerMessage(EventId = 5011, EventName = "UserUnlocked", Level = LogLevel.Information,
        Message = "User {UserId} unlocked by {Actor}.")]
    public static partial void UserUnlocked(ILogger logger, string userId, string actor);
}
