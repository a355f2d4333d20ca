using System.Collections.Immutable;
using System.Text;
using CaseFlow.Grains.Contracts.CaseFiles;

namespace CaseFlow.Grains.Contracts.Petitions;

/// <summary>A petition with its clocks as of today and its timeline; the petitioner's phone is masked.</summary>
/// <remarks><c>Stage</c>: notice, handling, reviewWindow, review, reReviewWindow, reReview, final or closed.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.petition-view")]
public sealed record PetitionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string PetitionerName,
    [property: Id(2)] string? PetitionerPhoneMasked,
    [property: Id(3)] string? PetitionerPersonId,
    [property: Id(4)] string? SubjectPersonId,
    [property: Id(5)] string? TownCode,
    [property: Id(6)] string? VillageCode,
    [property: Id(7)] PetitionChannel Channel,
    [property: Id(8)] PetitionItemType ItemType,
    [property: Id(9)] ProblemCategory MatterCategory,
    [property: Id(10)] string Matter,
    [property: Id(11)] int GroupSize,
    [property: Id(12)] DateOnly ReceivedOn,
    [property: Id(13)] string? RepeatOf,
    [property: Id(14)] int RepeatCount,
    [property: Id(15)] PetitionStatus Status,
    [property: Id(16)] string Stage,
    [property: Id(17)] ImmutableArray<ClockView> Clocks,
    [property: Id(18)] DateOnly? AcceptedOn,
    [property: Id(19)] string? NotAcceptedReason,
    [property: Id(20)] PetitionExtension? Extension,
    [property: Id(21)] PetitionOutcome? Outcome,
    [property: Id(22)] DateOnly? RepliedOn,
    [property: Id(23)] PetitionOutcome? ReviewOutcome,
    [property: Id(24)] PetitionOutcome? ReReviewOutcome,
    [property: Id(25)] Satisfaction? Satisfaction,
    [property: Id(26)] ClosureType? ClosureType,
    [property: Id(27)] DateOnly? ClosedOn,
    [property: Id(28)] ImmutableArray<PetitionEvent> Timeline,
    [property: Id(29)] DateTimeOffset RegisteredAt,
    [property: Id(30)] DateTimeOffset UpdatedAt,
    [property: Id(31)] int Version)
{
    // Petition content and identities are sensitive (DOMAIN.md §8.1); printing a view must not leak them into logs.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Status = ").Append(Status);
        return true;
    }
}
