namespace CaseFlow.Api.Instances;

/// <summary>The outcome of one instance of a migration batch.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Migrated">True when it moved (or, in a dry run, would move).</param>
/// <param name="Code">Why not: <c>MigrationInvalid</c>, <c>InstanceNotFound</c>, …</param>
/// <param name="Message">The rule it broke, naming elements and flows.</param>
public sealed record MigrationResultItem(string InstanceId, bool Migrated, string? Code, string? Message);
