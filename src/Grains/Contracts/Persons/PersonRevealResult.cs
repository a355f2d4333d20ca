namespace CaseFlow.Grains.Contracts.Persons;

/// <summary>A person's full ID number and where the person is registered, or why it cannot be revealed.</summary>
[GenerateSerializer, Immutable, Alias("caseflow.person-reveal-result")]
public sealed record PersonRevealResult(
    [property: Id(0)] string? IdNumber,
    [property: Id(1)] string? TownCode,
    [property: Id(2)] string? VillageCode,
    [property: Id(3)] DomainError? Error)
{
    // The whole point of the type is an unmasked number: printing it must not put it in a log or exception.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("TownCode = ").Append(TownCode).Append(", VillageCode = ").Append(VillageCode)
            .Append(", Error = ").Append(Error?.Code);
        return true;
    }
}
