using CaseFlow.Api.Common;
using CaseFlow.Api.Notifications;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Notifications;
using CaseFlow.Grains.Notifications.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Webhooks;

/// <summary>Webhook subscriptions and their delivery status: <c>/api/admin/webhooks</c>, for the admin role only.</summary>
/// <remarks>The host puts the group behind the admin policy. Secrets are write-only: no answer ever contains one.</remarks>
public static class WebhooksApi
{
    private const string Tag = "Webhooks";
    private const int MinSecretLength = 16;
    private const int MaxSecretLength = 256;

    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/webhooks").WithTags(Tag);
        group.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("List webhook subscriptions (without secrets)");
        group.MapPost("/", CreateAsync).WithName("CreateWebhook").WithSummary("Subscribe a URL to notification kinds");
        group.MapGet("/{id}", GetAsync).WithName("GetWebhook").WithSummary("Read one webhook subscription");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteWebhook").WithSummary("Stop a subscription; pending deliveries are cancelled, the history stays");
        group.MapGet("/{id}/deliveries", ListDeliveriesAsync).WithName("ListWebhookDeliveries").WithSummary("Delivery status of a subscription, newest first");
        group.MapPost("/{id}/deliveries/{deliveryId:long}/retry", RetryAsync).WithName("RetryWebhookDelivery")
            .WithSummary("Queue a failed delivery again, e.g. after the receiver's outage outlasted every attempt");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<WebhookSubscription>>> ListAsync(WebhookStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok(await store.ListAsync(cancellationToken));
    }

    public static async Task<Results<Created<WebhookSubscription>, ProblemHttpResult>> CreateAsync(
        CreateWebhookRequest request, WebhookStore store, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(http);
        if (Validate(request) is { } invalid)
        {
            return ApiProblems.From(invalid);
        }

        var id = "W" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
        await store.CreateAsync(id, request.Url!, request.Secret!, request.Kinds!, request.Description?.Trim(), NotificationsApi.RecipientOf(http), time.GetUtcNow(), cancellationToken);
        return TypedResults.Created("/api/admin/webhooks/" + id, await store.FindAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<WebhookSubscription>, ProblemHttpResult>> GetAsync(string id, WebhookStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.FindAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : NotFound();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, WebhookStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.DeactivateAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound();
    }

    /// <param name="id">The subscription.</param>
    /// <param name="status">Only deliveries in this state: pending, delivered, failed or cancelled.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Deliveries per page, 1 to 200.</param>
    /// <param name="store">The webhook store.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<Results<Ok<WebhookDeliveryPage>, ProblemHttpResult>> ListDeliveriesAsync(
        string id, string? status, int? page, int? pageSize, WebhookStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var errors = new List<FieldError>();
        if (status is not null && !WebhookDeliveryStatus.All.Contains(status, StringComparer.Ordinal))
        {
            errors.Add(new FieldError("status", DomainErrorCodes.ValidationFailed, "Status is one of: " + string.Join(", ", WebhookDeliveryStatus.All) + "."));
        }

        if (page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (pageSize is < 1 or > WebhookStore.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {WebhookStore.MaxPageSize}."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.From(DomainError.Validation(errors));
        }

        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        return TypedResults.Ok(await store.ListDeliveriesAsync(id, status, page ?? 1, pageSize ?? 50, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(string id, long deliveryId, WebhookStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        return await store.RequeueFailedAsync(id, deliveryId, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.Of(NotificationErrorCodes.WebhookNotFound, "This active subscription has no failed delivery with this id.");
    }

    private static DomainError? Validate(CreateWebhookRequest request)
    {
        var errors = new List<FieldError>();
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || request.Url!.Length > 2000 || !string.IsNullOrEmpty(url.UserInfo))
        {
            errors.Add(new FieldError("url", DomainErrorCodes.ValidationFailed, "The URL must be an absolute http or https URL without credentials, at most 2000 characters."));
        }

        if (request.Secret is null || request.Secret.Length is < MinSecretLength or > MaxSecretLength)
        {
            errors.Add(new FieldError("secret", DomainErrorCodes.ValidationFailed, $"The secret is {MinSecretLength} to {MaxSecretLength} characters."));
        }

        if (request.Kinds is not { Count: > 0 } kinds
            || kinds.Any(k => k != WebhookKinds.All && (k is null || !NotificationRules.Kinds.Contains(k))))
        {
            errors.Add(new FieldError("kinds", DomainErrorCodes.ValidationFailed,
                "Kinds is a non-empty list of: " + string.Join(", ", NotificationRules.Kinds.Order(StringComparer.Ordinal)) + ", or *."));
        }

        if (request.Description is { Length: > 200 })
        {
            errors.Add(new FieldError("description", DomainErrorCodes.ValidationFailed, "The description is at most 200 characters."));
        }

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }

    private static ProblemHttpResult NotFound() => ApiProblems.Of(NotificationErrorCodes.WebhookNotFound, "No webhook subscription has this id.");
}
