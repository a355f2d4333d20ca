namespace CaseFlow.Api.Admin;

/// <summary>Body of <c>PATCH /api/admin/users/{id}</c>; a field left out stays as it is.</summary>
/// <param name="DisplayName">The name shown in the UI, 1 to 100 characters.</param>
/// <param name="Active">False deactivates the user: no sign-in, and tokens already issued stop working.</param>
public sealed record UpdateUserRequest(string? DisplayName, bool? Active);
