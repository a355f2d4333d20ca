namespace CaseFlow.Api.Admin;

/// <summary>Body of <c>PUT /api/admin/jurisdictions/{code}</c>: the name, and for a new village or community its town.</summary>
public sealed record SaveJurisdictionRequest(string? Name, string? ParentCode);
