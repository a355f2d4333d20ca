namespace CaseFlow.Grains.Identity;

/// <summary>A role held in one jurisdiction; it covers that jurisdiction and everything below it.</summary>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="JurisdictionCode">County, town or village code, e.g. <c>610921.01</c>.</param>
public sealed record RoleAssignment(string Role, string JurisdictionCode);
