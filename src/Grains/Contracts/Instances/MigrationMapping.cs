namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>One element mapping of a migration plan (R83): source element id → target element id.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.migration-mapping")]
public sealed record MigrationMapping(
    [property: Id(0)] string Source,
    [property: Id(1)] string Target);
