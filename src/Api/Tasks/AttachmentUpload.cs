namespace CaseFlow.Api.Tasks;

/// <summary>One uploaded file as read from a request, or why it cannot be used.</summary>
public sealed record AttachmentUpload(byte[]? Bytes, string? FileName, string? DeclaredType, string? ErrorCode, string? ErrorDetail);
