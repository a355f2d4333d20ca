namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>The person after a command or read, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.person-result")]
public sealed record PersonResult(
    [property: Id(0)] PersonView? Person,
    [property: Id(1)] DomainError? Error)
{
    public static PersonResult Ok(PersonView person) => new(person, null);

    public static PersonResult Fail(DomainError error) => new(null, error);
}
