namespace CaseFlow.Api.Admin;

/// <summary>Body of <c>POST /api/admin/users/{id}/roles</c>: a role key and the jurisdiction code it is held in.</summary>
public sealed record AssignRoleRequest(string? Role, string? Jurisdiction);
