namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A guardian as callers see it: the phone masked.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.guardian-view")]
public sealed record GuardianView(
    [property: Id(0)] string Name,
    [property: Id(1)] string Relation,
    [property: Id(2)] string? PhoneMasked);
