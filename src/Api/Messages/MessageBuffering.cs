using System.Text.Json;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Api.Instances;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Messages;
using CaseFlow.Workflows.Timers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Api.Messages;

/// <summary>The opt-in buffering half of <c>POST /api/messages</c> (R55): checking a time-to-live and holding the message.</summary>
/// <remarks>
/// A message is held only when its name is on the configured allow-list, it carries a business key (the key a
/// subscription is matched on) and names no instance, and nothing took it now. The sender's jurisdiction scope is kept
/// with it, so the instance that takes it later must lie where a direct delivery could have reached.
/// </remarks>
internal static class MessageBuffering
{
    /// <summary>The time-to-live the request asks for, null when it asks for none, or the problem with it.</summary>
    public static (TimeSpan? TimeToLive, ProblemHttpResult? Problem) Check(CorrelateMessageRequest request, string messageName, MessageBufferingOptions options)
    {
        if (request.TimeToLive is null)
        {
            return (null, null);
        }

        if (!options.Allows(messageName))
        {
            return (null, InstanceProblems.Of(
                InstanceErrorCodes.MessageNotBufferable,
                "Messages of this name are not buffered: send it without timeToLive once the instance waits, or have the name added to Messages:Buffering:AllowedNames.",
                "timeToLive"));
        }

        if (Parse(request.TimeToLive) is not { } timeToLive || timeToLive <= TimeSpan.Zero || timeToLive > options.MaxTimeToLive)
        {
            return (null, ApiProblems.Of(
                ApiErrorCodes.ValidationFailed,
                $"timeToLive must be an ISO 8601 duration in weeks, days, hours, minutes or seconds, longer than zero and at most {options.MaxTimeToLive}.",
                "timeToLive"));
        }

        if (request.ProcessInstanceId is not null)
        {
            return (null, ApiProblems.Of(ApiErrorCodes.ValidationFailed, "A message for a named instance is not buffered; send it by business key.", "timeToLive"));
        }

        return string.IsNullOrWhiteSpace(request.BusinessKey)
            ? (null, ApiProblems.Of(ApiErrorCodes.ValidationFailed, "A buffered message needs the business key the waiting instance will have.", "businessKey"))
            : (timeToLive, null);
    }

    /// <summary>The answer already given to this message id, when it was buffered before (R57).</summary>
    public static async Task<Accepted<MessageBufferedResponse>?> EarlierAsync(string? messageId, MessageServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            return null;
        }

        var earlier = await services.Buffer.FindByMessageIdAsync(messageId.Trim(), cancellationToken);
        return earlier is null ? null : Answer(earlier);
    }

    /// <summary>Holds the message, then asks each instance the index now shows waiting to look again, in case it
    /// looked before the message was stored.</summary>
    public static async Task<Accepted<MessageBufferedResponse>> HoldAsync(
        CorrelateMessageRequest request, string messageName, string variables, TimeSpan timeToLive, JurisdictionScope scope, Caller caller,
        MessageServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var held = await services.Buffer.BufferAsync(
            new BufferedMessage(
                BufferedMessage.NewId(),
                string.IsNullOrWhiteSpace(request.MessageId) ? null : request.MessageId.Trim(),
                messageName,
                request.BusinessKey!,
                request.CorrelationVariables is { ValueKind: JsonValueKind.Object } correlation ? correlation.GetRawText() : null,
                variables.Length == 0 ? null : variables,
                scope,
                caller.Login,
                now,
                now + timeToLive,
                BufferedMessageStates.Waiting,
                null),
            cancellationToken);
        foreach (var waiting in await services.Subscriptions.WaitingAsync(messageName, request.BusinessKey, cancellationToken))
        {
            await services.Grains.GetGrain<IProcessInstanceFollowUps>(waiting).CheckBufferedMessagesAsync();
        }

        return Answer(held);
    }

    private static Accepted<MessageBufferedResponse> Answer(BufferedMessage message) =>
        TypedResults.Accepted((string?)null, new MessageBufferedResponse(message.BufferId, message.ExpiresAt));

    // Calendar units (years, months) have no fixed length; a time-to-live is elapsed time.
    private static TimeSpan? Parse(string text) =>
        IsoTimerParser.TryParseDuration(text.Trim(), out var duration) && duration is { Years: 0, Months: 0 }
            ? TimeSpan.FromDays((duration.Weeks * 7) + duration.Days) + duration.ElapsedPart
            : null;
}
