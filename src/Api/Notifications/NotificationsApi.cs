using CaseFlow.Api.Common;
using CaseFlow.Grains.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Notifications;

/// <summary>The caller's inbox: <c>/api/notifications</c>, its read marks and its live stream.</summary>
/// <remarks>
/// Every statement is scoped to the caller's login, so no request can read or mark another user's notification; an
/// id that belongs to someone else is answered 404 exactly like one that does not exist.
/// </remarks>
public static class NotificationsApi
{
    public const string StreamPath = "/api/notifications/stream";
    private const string Tag = "Notifications";

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/notifications").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListNotifications").WithSummary("The caller's notifications, newest first, with the unread count");
        group.MapGet("/unread-count", CountUnreadAsync).WithName("CountUnreadNotifications").WithSummary("How many of the caller's notifications are unread");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithName("MarkNotificationRead").WithSummary("Mark one notification read");
        group.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNotificationsRead").WithSummary("Mark every notification read, or those up to an id");
        group.MapGet("/stream", NotificationStream.StreamAsync).WithName("StreamNotifications")
            .WithSummary("The caller's new notifications as Server-Sent Events")
            .WithDescription("Events are `notification` with the notification as JSON data and its id as the event id; `: heartbeat` comments keep " +
                             "proxies from closing an idle stream. Send `Last-Event-ID` to resume after a notification. A browser EventSource cannot " +
                             "set headers, so this path alone also accepts the token as the `access_token` query parameter.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    public static async Task<Results<Ok<NotificationPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] NotificationListParameters parameters, NotificationStore store, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(http);
        if (parameters.Validate() is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        return TypedResults.Ok(await store.ListAsync(
            RecipientOf(http), parameters.Unread ?? false, parameters.Page ?? 1, parameters.PageSize ?? NotificationListParameters.DefaultPageSize, http.RequestAborted));
    }

    public static async Task<Ok<UnreadCount>> CountUnreadAsync(NotificationStore store, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(http);
        return TypedResults.Ok(new UnreadCount(await store.CountUnreadAsync(RecipientOf(http), http.RequestAborted)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(long id, NotificationStore store, TimeProvider time, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(http);
        return await store.MarkReadAsync(RecipientOf(http), id, time.GetUtcNow(), http.RequestAborted)
            ? TypedResults.NoContent()
            : ApiProblems.Of(NotificationErrorCodes.NotificationNotFound, "You have no notification with this id.");
    }

    /// <param name="upTo">Only notifications with this id or lower: the newest one the caller has seen, so later arrivals stay unread.</param>
    /// <param name="store">The inbox store.</param>
    /// <param name="time">The clock of the read marks.</param>
    /// <param name="http">The request.</param>
    public static async Task<Ok<ReadAllResult>> MarkAllReadAsync(long? upTo, NotificationStore store, TimeProvider time, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(http);
        var recipient = RecipientOf(http);
        var marked = await store.MarkAllReadAsync(recipient, upTo, time.GetUtcNow(), http.RequestAborted);
        return TypedResults.Ok(new ReadAllResult(marked, await store.CountUnreadAsync(recipient, http.RequestAborted)));
    }

    /// <summary>The caller's login: the recipient key of every notification (the group requires a token, so it is never empty).</summary>
    internal static string RecipientOf(HttpContext http) => http.User.Identity?.Name ?? string.Empty;
}
