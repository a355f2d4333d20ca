using System.Collections.Immutable;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Grains.Petitions;

/// <summary>A petition as stored: registration, status, clocks and decisions. Immutable; commands build the next with <c>with</c>.</summary>
/// <remarks>The petitioner's phone is stored in full for contacting them and masked in every view and row.</remarks>
[GenerateSerializer, Immutable, Alias("caseflow.petition.file")]
public sealed record PetitionFile(
    [property: Id(0)] string PetitionerName,
    [property: Id(1)] string? PetitionerPhone,
    [property: Id(2)] string? PetitionerPersonId,
    [property: Id(3)] string? SubjectPersonId,
    [property: Id(4)] string? TownCode,
    [property: Id(5)] string? VillageCode,
    [property: Id(6)] PetitionChannel Channel,
    [property: Id(7)] PetitionItemType ItemType,
    [property: Id(8)] ProblemCategory MatterCategory,
    [property: Id(9)] string Matter,
    [property: Id(10)] int GroupSize,
    [property: Id(11)] DateOnly ReceivedOn,
    [property: Id(12)] string? RepeatOf,
    [property: Id(13)] int RepeatCount,
    [property: Id(14)] PetitionStatus Status,
    [property: Id(15)] ImmutableArray<PetitionClock> Clocks,
    [property: Id(16)] DateOnly? AcceptedOn,
    [property: Id(17)] string? NotAcceptedReason,
    [property: Id(18)] PetitionExtension? Extension,
    [property: Id(19)] PetitionOutcome? Outcome,
    [property: Id(20)] DateOnly? RepliedOn,
    [property: Id(21)] PetitionOutcome? ReviewOutcome,
    [property: Id(22)] PetitionOutcome? ReReviewOutcome,
    [property: Id(23)] Satisfaction? Satisfaction,
    [property: Id(24)] ClosureType? ClosureType,
    [property: Id(25)] DateOnly? ClosedOn)
{
    public PetitionClock? Clock(string name) => Clocks.LastOrDefault(c => c.Name == name);

    /// <summary>The clock that matters now: the newest one still running, if any.</summary>
    public PetitionClock? RunningClock => Clocks.LastOrDefault(c => c.IsRunning);

    public string Stage => Status switch
    {
        PetitionStatus.Registered => "notice",
        PetitionStatus.Accepted => "handling",
        PetitionStatus.Replied => "reviewWindow",
        PetitionStatus.InReview => "review",
        PetitionStatus.Reviewed => "reReviewWindow",
        PetitionStatus.InReReview => "reReview",
        PetitionStatus.Final => "final",
        _ => "closed",
    };

    /// <summary>Replaces the newest clock of that name (or adds it).</summary>
    public PetitionFile WithClock(PetitionClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var index = Clocks.ToList().FindLastIndex(c => c.Name == clock.Name);
        return this with { Clocks = index < 0 ? Clocks.Add(clock) : Clocks.SetItem(index, clock) };
    }
}
