namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>Sex as recorded by the resident ID number (odd sequence = male, even = female).</summary>
[GenerateSerializer, Alias("caseflow.gender")]
public enum Gender
{
    Male = 1,
    Female = 2,
}
