namespace CaseFlow.Api.Notifications;

/// <summary>The answer of read-all: how many notifications changed, and how many are still unread.</summary>
public sealed record ReadAllResult(int Marked, long Unread);
