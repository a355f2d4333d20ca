using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Api.Instances;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Instances;
using CaseFlow.Grains.Messages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Api.Messages;

/// <summary><c>POST /api/messages</c>: a message from outside reaches the one instance waiting for it (R53), or starts one (R54).</summary>
/// <remarks>
/// <para>
/// Candidates come from the subscription index (by name, and business key when given) or are the one instance named;
/// each is then confirmed with its grain: active, inside the caller's jurisdiction, with the business key and every
/// correlation variable equal at its root. None: the latest published process with a message start of that name is
/// started (only when no instance was named), else 404 <c>MessageNotCorrelated</c>. More than one: 409
/// <c>MessageAmbiguous</c>, and nothing is delivered. One: the instance takes it, or refuses with
/// <c>MessageNotCorrelated</c> when it stopped waiting since the index was written.
/// </para>
/// <para>
/// The message id is the delivery's command id, so a message sent twice is delivered once (R57); a direct delivery is
/// also remembered for 30 days (<see cref="SqlMessageReceipts"/>), so a repeat answers it again even after the instance
/// stopped waiting; a start derives its instance id from it, so a repeated start finds the instance the first one made. Operators send messages (the
/// supervisor, director and admin roles, as a service account of another system would hold).
/// </para>
/// <para>
/// Where a message would be 404 and it carries a <c>timeToLive</c> for an allow-listed name, it is held instead
/// (<see cref="MessageBuffering"/>, R55) and taken later by the instance whose subscription opens first.
/// </para>
/// </remarks>
public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/messages").WithTags("Messages");
        group.MapPost("/", CorrelateAsync).WithName("CorrelateMessage")
            .WithSummary("Deliver a message to the one instance waiting for it, or start the process it starts (operators)")
            .WithDescription("Correlates by messageName with businessKey or processInstanceId, narrowed by correlationVariables (root variables with equal values). No match starts the latest published process with a message start of that name; several matches are 409 MessageAmbiguous and nothing is delivered. "
                + "A name on the buffering allow-list (Messages:Buffering:AllowedNames) may carry timeToLive, an ISO 8601 duration: if nothing takes it now it is held (202 with bufferedMessageId and expiresAt) and delivered once to the first matching catch opened before it expires; the same messageId sent again answers the first 202. timeToLive on any other name is 422 MessageNotBufferable.");
        return group;
    }

    public static async Task<Results<Ok<MessageCorrelationResponse>, Created<MessageCorrelationResponse>, Accepted<MessageBufferedResponse>, ProblemHttpResult>> CorrelateAsync(
        CorrelateMessageRequest request, [AsParameters] MessageServices services, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(http);
        var caller = Caller.From(http.User, services.Auth);
        var scope = await InstanceAccess.OperateScopeAsync(caller, services.Directory, http.RequestAborted);
        if (scope.IsEmpty)
        {
            return InstanceProblems.Forbidden("Your role may not send messages to process instances.");
        }

        if (string.IsNullOrWhiteSpace(request.MessageName))
        {
            return ApiProblems.Of(ApiErrorCodes.ValidationFailed, "The message name is required.", "messageName");
        }

        if (InstancesApi.VariablesText(request.Variables) is not { } variables)
        {
            return InstancesApi.VariablesInvalid();
        }

        if (request.CorrelationVariables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return InstanceProblems.Of(InstanceErrorCodes.VariableInvalid, "Correlation variables must be one JSON object.", "correlationVariables");
        }

        var name = request.MessageName.Trim();
        var (timeToLive, bufferProblem) = MessageBuffering.Check(request, name, services.Buffering.Value);
        if (bufferProblem is not null)
        {
            return bufferProblem;
        }

        if (timeToLive is not null && await MessageBuffering.EarlierAsync(request.MessageId, services, http.RequestAborted) is { } earlier)
        {
            return earlier;
        }

        // R57: a message id already delivered directly answers that delivery again, even if its instance moved on.
        var senderId = string.IsNullOrWhiteSpace(request.MessageId) ? null : request.MessageId.Trim();
        if (senderId is not null && await services.Receipts.FindAsync(senderId, services.Time.GetUtcNow(), http.RequestAborted) is { } deliveredTo)
        {
            return TypedResults.Ok(new MessageCorrelationResponse(deliveredTo, Started: false));
        }

        var candidates = request.ProcessInstanceId is { } named
            ? [named]
            : await services.Subscriptions.WaitingAsync(name, request.BusinessKey, http.RequestAborted);
        var matches = new List<string>();
        foreach (var candidate in candidates)
        {
            var view = (await services.Grains.GetGrain<IProcessInstanceGrain>(candidate).GetAsync()).Instance;
            if (view is { Status: "active" } && InstanceAccess.Covers(scope, view.JurisdictionCode)
                && (request.BusinessKey is null || string.Equals(view.BusinessKey, request.BusinessKey, StringComparison.Ordinal))
                && CorrelationVariables.Match(view.VariablesJson, request.CorrelationVariables))
            {
                matches.Add(candidate);
            }
        }

        var messageId = senderId is null ? InstanceCommandIds.For(http) : "message:" + senderId;
        if (matches.Count > 1)
        {
            return InstanceProblems.Of(InstanceErrorCodes.MessageAmbiguous, $"{matches.Count} instances wait for this message; add a business key or correlation variables.", "messageName");
        }

        if (matches.Count == 1)
        {
            var delivered = await services.Grains.GetGrain<IProcessInstanceGrain>(matches[0]).CorrelateMessageAsync(name, variables.Length == 0 ? null : variables, messageId);
            if (delivered.Instance is { } reached)
            {
                if (senderId is not null)
                {
                    await services.Receipts.RecordAsync(senderId, reached.InstanceId, services.Time.GetUtcNow(), http.RequestAborted);
                }

                return TypedResults.Ok(new MessageCorrelationResponse(reached.InstanceId, Started: false));
            }

            // The instance stopped waiting since the index was written: as if none waited, a buffered message is held.
            if (timeToLive is not { } holdFor || delivered.Error?.Code != InstanceErrorCodes.MessageNotCorrelated)
            {
                return InstanceProblems.From(delivered.Error ?? InstanceProblems.Unexpected());
            }

            return await MessageBuffering.HoldAsync(request, name, variables, holdFor, scope, caller, services, http.RequestAborted);
        }

        if (request.ProcessInstanceId is null && await MessageStarts.FindAsync(name, services, http.RequestAborted) is { } start)
        {
            var jurisdiction = InstanceAccess.OwnJurisdiction(caller) ?? caller.Assignments.FirstOrDefault()?.JurisdictionCode;
            var command = new StartProcessInstance(
                start.Key, start.Version, request.BusinessKey, variables.Length == 0 ? null : variables, null, null, caller.Login, messageId, jurisdiction, start.StartEventId);
            var started = await services.Grains.GetGrain<IProcessInstanceGrain>(StartedInstanceId(request.MessageId)).StartAsync(command);
            return started.Instance is { } instance
                ? TypedResults.Created("/api/instances/" + Uri.EscapeDataString(instance.InstanceId), new MessageCorrelationResponse(instance.InstanceId, Started: true))
                : InstanceProblems.From(started.Error ?? InstanceProblems.Unexpected());
        }

        return timeToLive is { } ttl
            ? await MessageBuffering.HoldAsync(request, name, variables, ttl, scope, caller, services, http.RequestAborted)
            : InstanceProblems.Of(InstanceErrorCodes.MessageNotCorrelated, "No instance waits for this message, and no published process starts with it.", "messageName");
    }

    // "I" and 32 hex digits, the shape of every instance id; from the message id, so a repeated start finds the first.
    private static string StartedInstanceId(string? messageId) =>
        string.IsNullOrWhiteSpace(messageId)
            ? ProcessInstanceIds.New()
            : "I" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("message-start\n" + messageId.Trim())))[..32];
}
