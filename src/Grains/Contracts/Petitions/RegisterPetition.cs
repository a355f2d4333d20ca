using System.Text;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>Registers a petition (登记) and starts the 15-day acceptance-notice clock from the received date.</summary>
/// <remarks>
/// The petitioner may be a registered person (<c>PetitionerPersonId</c>) or not; <c>SubjectPersonId</c> names the
/// registered person the matter is about. Either link puts the petition on that person's file and in their
/// jurisdiction. Same petitioner and matter category as an earlier petition marks it a repeat.
/// </remarks>
[GenerateSerializer, Immutable, Alias("caseflow.register-petition")]
public sealed record RegisterPetition(
    [property: Id(0)] string Actor,
    [property: Id(1)] string? IdempotencyKey,
    [property: Id(2)] string? PetitionerName,
    [property: Id(3)] string? PetitionerPhone,
    [property: Id(4)] string? PetitionerPersonId,
    [property: Id(5)] string? SubjectPersonId,
    [property: Id(6)] PetitionChannel? Channel,
    [property: Id(7)] PetitionItemType? ItemType,
    [property: Id(8)] ProblemCategory? MatterCategory,
    [property: Id(9)] string? Matter,
    [property: Id(10)] DateOnly? ReceivedOn,
    [property: Id(11)] int? GroupSize) : IPetitionCommand
{
    public int? ExpectedVersion => null;

    // Petitioner identity and content are sensitive; logs and exception texts must not show them.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Actor = ").Append(Actor).Append(", Channel = ").Append(Channel);
        return true;
    }
}
