using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Notifications;

namespace CaseFlow.Api.Notifications;

/// <summary>Query string of <c>GET /api/notifications</c>, bound with <c>[AsParameters]</c>.</summary>
public sealed class NotificationListParameters
{
    public const int DefaultPageSize = 50;

    /// <summary>True for unread notifications only.</summary>
    public bool? Unread { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public DomainError? Validate()
    {
        var errors = new List<FieldError>();
        if (Page is < 1)
        {
            errors.Add(new FieldError("page", DomainErrorCodes.ValidationFailed, "Pages start at 1."));
        }

        if (PageSize is < 1 or > NotificationStore.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", DomainErrorCodes.ValidationFailed, $"Page size is 1 to {NotificationStore.MaxPageSize}."));
        }

        return errors.Count == 0 ? null : DomainError.Validation(errors);
    }
}
