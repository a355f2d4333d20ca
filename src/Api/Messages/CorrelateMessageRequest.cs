using System.Text.Json;

namespace CaseFlow.Api.Messages;

/// <summary>A message for the one instance it concerns (R53), or for a process it starts (R54).</summary>
/// <param name="MessageName">The BPMN message name the instance waits for.</param>
/// <param name="BusinessKey">Narrows the match to instances with this business key; a message start gets it.</param>
/// <param name="ProcessInstanceId">The instance, when the sender knows it; then nothing is started.</param>
/// <param name="CorrelationVariables">Root variables a candidate must hold with these exact values.</param>
/// <param name="Variables">Written by the delivery (or the start).</param>
/// <param name="MessageId">The sender's id: the same message sent again is delivered once (R57).</param>
/// <param name="TimeToLive">An ISO 8601 duration (<c>PT1H</c>, <c>P2D</c>): when no instance waits yet, the message is held
/// that long for the first matching catch to open (R55). Only for names on the buffering allow-list.</param>
public sealed record CorrelateMessageRequest(
    string? MessageName,
    string? BusinessKey,
    string? ProcessInstanceId,
    JsonElement? CorrelationVariables,
    JsonElement? Variables,
    string? MessageId,
    string? TimeToLive = null);
