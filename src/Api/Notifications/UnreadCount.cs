namespace CaseFlow.Api.Notifications;

/// <summary>How many of the caller's notifications are unread.</summary>
public sealed record UnreadCount(long Unread);
