namespace CaseFlow.Grains.Notifications;

/// <summary>An active user holding a role in one jurisdiction (it covers that jurisdiction and everything below).</summary>
public sealed record RoleHolder(string Login, string Role, string JurisdictionCode);
