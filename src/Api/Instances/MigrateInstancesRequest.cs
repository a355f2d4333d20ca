using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;

namespace CaseFlow.Api.Instances;

/// <summary>Body of <c>POST /api/instances/migrate</c> (R83, R84).</summary>
/// <param name="ProcessKey">The process whose instances move.</param>
/// <param name="SourceVersion">The version they run on now.</param>
/// <param name="TargetVersion">The version they move to.</param>
/// <param name="Mappings">Element mappings <c>{source, target}</c>; every live element of each instance must be mapped.</param>
/// <param name="InstanceIds">The instances to migrate, 1–500; each migrates or fails on its own.</param>
/// <param name="Variables">A JSON object written to each instance's root scope with the migration.</param>
/// <param name="DryRun">Report per instance what would happen, storing nothing.</param>
public sealed record MigrateInstancesRequest(
    string? ProcessKey,
    int? SourceVersion,
    int? TargetVersion,
    IReadOnlyList<MigrationMapping>? Mappings,
    IReadOnlyList<string>? InstanceIds,
    JsonElement? Variables,
    bool? DryRun);
