namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>A process instance that serves this person (home-visit certification, 三定, a visit campaign…).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.process-link")]
public sealed record ProcessLink(
    [property: Id(0)] string InstanceId,
    [property: Id(1)] string ProcessKey,
    [property: Id(2)] DateTimeOffset LinkedAt);
