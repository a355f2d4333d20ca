using CaseFlow.Grains.Identity;

namespace CaseFlow.Grains.Messages;

/// <summary>A message held until an instance opens a matching subscription, or until it expires (R55).</summary>
/// <param name="BufferId">The id the sender is given back ("B" and 32 hex digits).</param>
/// <param name="MessageId">The sender's message id, when it gave one (R57).</param>
/// <param name="MessageName">The BPMN message name.</param>
/// <param name="BusinessKey">Only an instance with this business key may take it.</param>
/// <param name="CorrelationJson">Root variables the instance must hold with these values, as a JSON object, or null.</param>
/// <param name="VariablesJson">Written by the delivery, as a JSON object, or null.</param>
/// <param name="Scope">The sender's jurisdiction scope: the instance that takes it must lie inside.</param>
/// <param name="PublishedBy">The sender's login.</param>
/// <param name="PublishedAt">When it was buffered.</param>
/// <param name="ExpiresAt">After this instant it is dropped rather than delivered.</param>
/// <param name="State">One of <see cref="BufferedMessageStates"/>.</param>
/// <param name="InstanceId">The instance that claimed it, once one has.</param>
public sealed record BufferedMessage(
    string BufferId,
    string? MessageId,
    string MessageName,
    string BusinessKey,
    string? CorrelationJson,
    string? VariablesJson,
    JurisdictionScope Scope,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    DateTimeOffset ExpiresAt,
    string State,
    string? InstanceId)
{
    /// <summary>A fresh buffer id: "B" and 32 hex digits.</summary>
    public static string NewId() => "B" + Guid.CreateVersion7().ToString("N");
}
