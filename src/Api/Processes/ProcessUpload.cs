using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Processes;

/// <summary>The bytes of an uploaded BPMN file, or why there are none.</summary>
/// <param name="Bytes">The file; null when <paramref name="TooLarge"/> or <paramref name="Problem"/>.</param>
/// <param name="TooLarge">True when the file exceeds the parser's size limit; reading stopped at the limit.</param>
/// <param name="Problem">A refusal of the request's shape (media type, missing part).</param>
public sealed record ProcessUpload(byte[]? Bytes, bool TooLarge, ProblemHttpResult? Problem);
