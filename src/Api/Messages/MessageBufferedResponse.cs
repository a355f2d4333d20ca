namespace CaseFlow.Api.Messages;

/// <summary>A message no instance waited for, held for the first matching catch to open before <paramref name="ExpiresAt"/> (R55).</summary>
public sealed record MessageBufferedResponse(string BufferedMessageId, DateTimeOffset ExpiresAt);
