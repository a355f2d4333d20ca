using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions/{id}/satisfaction</c>.</summary>
public sealed record SatisfactionRequest(Satisfaction? Rating);
