using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances/{id}/modify</c> (R73).</summary>
/// <param name="Instructions">Applied in order: <c>{kind: cancel|startBefore|startAfter, elementId?, elementInstanceId?, viaFlow?, scopeInstanceId?}</c>.</param>
/// <param name="Variables">A JSON object written to the root scope before the instructions run.</param>
/// <param name="Reason">Why; recorded in the history.</param>
public sealed record ModifyInstanceRequest(IReadOnlyList<ModificationStep>? Instructions, JsonElement? Variables, string? Reason);
