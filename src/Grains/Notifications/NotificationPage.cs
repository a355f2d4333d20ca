namespace CaseFlow.Grains.Notifications;

/// <summary>One page of an inbox, newest first, with the inbox's unread count.</summary>
/// <param name="Items">The notifications of the page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Notifications per page.</param>
/// <param name="Total">Notifications matching the filter.</param>
/// <param name="Unread">Unread notifications in the whole inbox, whatever the filter.</param>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Page, int PageSize, long Total, long Unread);
