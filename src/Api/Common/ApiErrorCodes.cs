namespace CaseFlow.Api.Common;

/// <summary>Stable codes for refusals decided by the HTTP layer itself, before any grain is called.</summary>
/// <remarks>Domain refusals use <c>CaseFlow.Grains.Contracts.DomainErrorCodes</c>; the two sets never overlap.</remarks>
public static class ApiErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string PreconditionRequired = "PRECONDITION_REQUIRED";
    public const string IdInQuery = "ID_IN_QUERY";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>No valid access token (missing, expired, wrong issuer or audience, bad signature).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's roles and jurisdictions do not allow the request.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Login or password wrong; deliberately does not say which.</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>Too many failed sign-ins; the account refuses sign-in for a while.</summary>
    public const string AccountLocked = "ACCOUNT_LOCKED";

    /// <summary>Too many requests from this client; retry later.</summary>
    public const string RateLimited = "RATE_LIMITED";

    public const string LoginTaken = "LOGIN_TAKEN";
    public const string UserNotFound = "USER_NOT_FOUND";
    public const string RoleAssignmentNotFound = "ROLE_ASSIGNMENT_NOT_FOUND";

    /// <summary>A dashboard view named a silo address that does not parse.</summary>
    public const string SiloNotFound = "SILO_NOT_FOUND";

    /// <summary>A request with the same Idempotency-Key is still running.</summary>
    public const string IdempotencyInProgress = "IDEMPOTENCY_IN_PROGRESS";

    /// <summary>The Idempotency-Key was used before with a different request body.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>The request needs a stated reason (a reveal of personal data).</summary>
    public const string ReasonRequired = "REASON_REQUIRED";

    /// <summary>The audit log could not be written, so an audited action was not performed.</summary>
    public const string AuditUnavailable = "AUDIT_UNAVAILABLE";
}
