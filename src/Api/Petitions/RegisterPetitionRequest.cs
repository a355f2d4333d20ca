using System.Text;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Api.Petitions;

/// <summary>Body of <c>POST /api/petitions</c>; person links are internal person ids, never ID numbers.</summary>
public sealed record RegisterPetitionRequest(
    string? PetitionerName,
    string? PetitionerPhone,
    string? PetitionerPersonId,
    string? SubjectPersonId,
    PetitionChannel? Channel,
    PetitionItemType? ItemType,
    ProblemCategory? MatterCategory,
    string? Matter,
    DateOnly? ReceivedOn,
    int? GroupSize)
{
    public RegisterPetition ToCommand(string actor) =>
        new(actor, null, PetitionerName, PetitionerPhone, PetitionerPersonId, SubjectPersonId, Channel, ItemType, MatterCategory, Matter, ReceivedOn, GroupSize);

    // Petitioner identity and content are sensitive; logs and exception texts must not show them.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Channel = ").Append(Channel);
        return true;
    }
}
