using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>Moves one instance from its version to another of the same key (R83, R84).</summary>
/// <param name="SourceVersion">The version the caller expects the instance to run on; another is refused.</param>
/// <param name="TargetVersion">The version to move to.</param>
/// <param name="Mappings">Source element id → target element id; every live element must be mapped.</param>
/// <param name="VariablesJson">A JSON object written to the root scope with the migration, or null.</param>
/// <param name="DryRun">Check and report the result without storing anything.</param>
/// <param name="Actor">Who migrates; recorded in the history.</param>
/// <param name="CommandId">The idempotency key.</param>
[GenerateSerializer, Immutable, Alias("caseflow.migrate-process-instance")]
public sealed record MigrateProcessInstance(
    [property: Id(0)] int SourceVersion,
    [property: Id(1)] int TargetVersion,
    [property: Id(2)] ImmutableArray<MigrationMapping> Mappings,
    [property: Id(3)] string? VariablesJson,
    [property: Id(4)] bool DryRun,
    [property: Id(5)] string Actor,
    [property: Id(6)] string CommandId)
{
    // Variables may hold personal data; a log line or exception message must never print them.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("SourceVersion = ").Append(SourceVersion).Append(", TargetVersion = ").Append(TargetVersion)
            .Append(", DryRun = ").Append(DryRun).Append(", Actor = ").Append(Actor);
        return true;
    }
}
