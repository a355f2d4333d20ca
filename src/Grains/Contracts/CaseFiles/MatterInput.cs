namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One 定事 with its 定要求, as submitted.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.matter-input")]
public sealed record MatterInput(
    [property: Id(0)] AssistanceSystem? System,
    [property: Id(1)] string? Programme,
    [property: Id(2)] string? Action,
    [property: Id(3)] string? Department,
    [property: Id(4)] string? ExpectedResult,
    [property: Id(5)] DateOnly? DueOn,
    [property: Id(6)] string? Evidence);
