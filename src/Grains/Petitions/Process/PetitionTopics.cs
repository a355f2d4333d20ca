using CaseFlow.Grains.Contracts.Petitions;

namespace CaseFlow.Grains.Petitions.Process;

/// <summary>The petition service task topics and the command each runs.</summary>
public static class PetitionTopics
{
    /// <summary>Reads the clocks, changes nothing.</summary>
    public const string Sync = SyncPetitionServiceTask.TopicName;

    /// <summary><see cref="AcceptPetition"/>: <c>accepted</c>, <c>noticeOn</c>, <c>reason</c>.</summary>
    public const string Accept = "caseflow.accept-petition";

    /// <summary><see cref="ExtendPetition"/>: <c>days</c>, <c>reasonCode</c>, <c>justification</c>, <c>requestedBy</c>.</summary>
    public const string Extend = "caseflow.extend-petition";

    /// <summary><see cref="AnswerPetition"/>: <c>outcome</c>, <c>receivedOn</c>.</summary>
    public const string Answer = "caseflow.answer-petition";

    /// <summary><see cref="RequestReview"/>: <c>round</c>, <c>requestedOn</c>.</summary>
    public const string RequestReview = "caseflow.request-petition-review";

    /// <summary><see cref="RecordReviewResult"/>: <c>round</c>, <c>outcome</c>, <c>receivedOn</c>, <c>hearingDays</c>.</summary>
    public const string RecordReview = "caseflow.record-petition-review";

    /// <summary><see cref="RateSatisfaction"/>: <c>rating</c>.</summary>
    public const string Rate = "caseflow.rate-petition";

    /// <summary><see cref="ClosePetition"/>: <c>type</c> (default: as the status calls for), <c>supportCarriedOut</c>, <c>closedOn</c>.</summary>
    public const string Close = "caseflow.close-petition";

    public static IReadOnlyList<string> All { get; } = [Sync, Accept, Extend, Answer, RequestReview, RecordReview, Rate, Close];

    /// <summary>The closure a petition's status calls for; the grain refuses it while a review window is still open.</summary>
    public static ClosureType? ClosureFor(PetitionStatus status) => status switch
    {
        PetitionStatus.NotAccepted => ClosureType.NotAccepted,
        PetitionStatus.Replied => ClosureType.WindowLapsed,
        PetitionStatus.Reviewed => ClosureType.AfterReview,
        PetitionStatus.Final => ClosureType.AfterReReview,
        _ => null,
    };
}
