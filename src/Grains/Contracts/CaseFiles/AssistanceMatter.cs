namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>One 定事 with its 定要求: a programme in one of the three systems, the action, result and deadline.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.assistance-matter")]
public sealed record AssistanceMatter(
    [property: Id(0)] string Id,
    [property: Id(1)] AssistanceSystem System,
    [property: Id(2)] string Programme,
    [property: Id(3)] string Action,
    [property: Id(4)] string? Department,
    [property: Id(5)] string ExpectedResult,
    [property: Id(6)] DateOnly DueOn,
    [property: Id(7)] string? Evidence,
    [property: Id(8)] MatterStatus Status,
    [property: Id(9)] DateOnly? DecidedOn,
    [property: Id(10)] string? Reference)
{
    /// <summary>Enrolled, refused, not eligible or withdrawn: nothing more will happen to the matter.</summary>
    public bool IsFinal => Status is MatterStatus.Enrolled or MatterStatus.Refused or MatterStatus.NotEligible or MatterStatus.Withdrawn;
}
