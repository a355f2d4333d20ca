namespace CaseFlow.Api.Instances;

/// <summary>Answer of <c>POST /api/instances/migrate</c>: one result per requested instance, in request order.</summary>
public sealed record MigrationBatchResponse(bool DryRun, int Migrated, int Failed, IReadOnlyList<MigrationResultItem> Results);
