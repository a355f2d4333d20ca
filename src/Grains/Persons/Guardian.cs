namespace CaseFlow.Grains.Persons;

/// <summary>A person's guardian as stored in grain state (phone in full; masked on the way out).</summary>
[GenerateSerializer, Immutable, Alias("caseflow.person.guardian")]
public sealed record Guardian(
    [property: Id(0)] string Name,
    [property: Id(1)] string Relation,
    [property: Id(2)] string? Phone);
