namespace CaseFlow.Grains.Contracts.CaseFiles;

/// <summary>The lasting fact that the person is inside a programme of one of the three systems (DOMAIN.md §3.8).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.enrolment")]
public sealed record Enrolment(
    [property: Id(0)] string Id,
    [property: Id(1)] AssistanceSystem System,
    [property: Id(2)] string Programme,
    [property: Id(3)] DateOnly StartedOn,
    [property: Id(4)] DateOnly? EndedOn,
    [property: Id(5)] string Source)
{
    public bool IsActive => EndedOn is null;
}
