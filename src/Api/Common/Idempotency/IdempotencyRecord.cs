namespace CaseFlow.Api.Common.Idempotency;

/// <summary>What is stored for one idempotency key: the request's hash and, once done, the first response.</summary>
public sealed record IdempotencyRecord(
    string RequestHash,
    bool Done,
    int? Status,
    string? ContentType,
    string? Location,
    string? ETag,
    byte[]? Body,
    DateTimeOffset CreatedAt);
