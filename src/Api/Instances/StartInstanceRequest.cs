using System.Text.Json;

namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances</c>.</summary>
/// <param name="ProcessKey">The process key to start.</param>
/// <param name="Version">A published version; omitted for the latest published one.</param>
/// <param name="BusinessKey">Recorded on the instance; not required to be unique.</param>
/// <param name="Variables">A JSON object of start variables.</param>
/// <param name="PersonId">The person the instance serves; the instance is then worked in that person's village.</param>
/// <param name="PetitionId">The petition the instance serves.</param>
public sealed record StartInstanceRequest(
    string? ProcessKey,
    int? Version,
    string? BusinessKey,
    JsonElement? Variables,
    string? PersonId,
    string? PetitionId);
