namespace CaseFlow.Api.Persons;

/// <summary>A guardian in a request body.</summary>
public sealed record GuardianRequest(string? Name, string? Relation, string? Phone);
